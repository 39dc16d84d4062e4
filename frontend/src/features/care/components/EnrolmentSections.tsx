import { Link } from 'react-router-dom';
import { useState } from 'react';
import { colon } from '@/i18n';
import { useProcessWords } from '@/lib/process-words';
import { App, Button, Descriptions, Empty, Flex, Form, Input, List, Select, Space, Tag, Timeline, Typography } from 'antd';
import { EditOutlined, PictureOutlined, SendOutlined, SwapOutlined } from '@ant-design/icons';
import { useCurrentUser } from '@/lib/auth/current-user';
import { formatDateTime } from '@/lib/dates';
import { useIsNarrow } from '@/lib/use-is-narrow';
import { visitPhotoUrl } from '../api/care';
import { useReferProblem, useSavePlan } from '../api/use-care';
import { useCareLabel, useCareT } from '../i18n';
import { formatDay } from '../lib/dates';
import { isOpenProblem, sortTimeline, sortVisits } from '../lib/labels';
import { LIMITS } from '../lib/payload';
import { canManageCare, canReferProblem } from '../lib/roles';
import { DEPARTMENTS, type Department, type EnrolmentView, type ProblemView, type VisitView, type WarningView } from '../types';
import { RegradeModal, ResponsibleModal } from './CareModals';
import { FactsView } from './FactsFields';
import { ProblemAlert, useSubmitProblem } from './problem';
import { LateEntryNote, LevelTag, RiskTag } from './tags';

const none = (value: string | null | undefined, placeholder: string) => (value && value.trim() ? value : placeholder);

/** 对象情况与定级: the facts, proposed vs confirmed level, the reason; 重新定级 for the village side. */
export function GradingSection({ view }: { view: EnrolmentView }) {
  const t = useCareT();
  const user = useCurrentUser();
  const narrow = useIsNarrow();
  const [open, setOpen] = useState(false);
  const mayRegrade = canManageCare(user) && view.status !== 'ENDED';
  const dash = t('common:none');
  return (
    <div data-testid="care-grading">
      <Descriptions
        column={narrow ? 1 : 2}
        size="small"
        items={[
          { key: 'proposed', label: t('view.grading.proposed'), children: <LevelTag level={view.proposedLevel} testId="care-proposed-level" /> },
          {
            key: 'confirmed',
            label: t('view.grading.confirmed'),
            children: view.gradingPending && view.level == null ? (
              <Tag color="gold">{t('view.gradingPending')}</Tag>
            ) : (
              <LevelTag level={view.level} testId="care-level" />
            ),
          },
          { key: 'gradedOn', label: t('view.grading.gradedOn'), children: formatDay(view.gradedOn) || dash },
          {
            key: 'reason',
            label: t('view.grading.reason'),
            children: <span className="care-pre">{none(view.levelReason, dash)}</span>,
          },
          ...(view.note
            ? [{ key: 'note', label: t('view.grading.note'), span: narrow ? 1 : 2, children: <span className="care-pre">{view.note}</span> }]
            : []),
        ]}
      />
      <Typography.Text strong style={{ display: 'block', margin: '8px 0' }}>
        {t('facts.title')}
      </Typography.Text>
      <FactsView facts={view.facts} />
      {mayRegrade && (
        <>
          <Space wrap style={{ marginTop: 12 }}>
            <Button icon={<EditOutlined />} onClick={() => setOpen(true)} disabled={view.gradingPending} data-testid="care-regrade-open">
              {t('view.grading.regrade')}
            </Button>
            {view.gradingPending && <Typography.Text type="secondary">{t('regrade.pending')}</Typography.Text>}
          </Space>
          <RegradeModal view={view} open={open} onClose={() => setOpen(false)} />
        </>
      )}
    </div>
  );
}

/** 帮扶责任人: who visits now, 变更责任人, and who did before. */
export function ResponsibleSection({ view }: { view: EnrolmentView }) {
  const t = useCareT();
  const label = useCareLabel();
  const user = useCurrentUser();
  const [open, setOpen] = useState(false);
  const mayChange = canManageCare(user) && view.status === 'ACTIVE';
  const history = [...view.assignments].sort((a, b) => Date.parse(b.assignedAt) - Date.parse(a.assignedAt));
  return (
    <div data-testid="care-responsible">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text>
          {t('responsible.current')}{colon()}
          <Typography.Text strong data-testid="care-responsible-name">
            {view.responsibleName ?? view.responsibleUsername ?? t('responsible.none')}
          </Typography.Text>
        </Typography.Text>
        {mayChange && (
          <Button icon={<SwapOutlined />} onClick={() => setOpen(true)} data-testid="care-responsible-open">
            {t('responsible.change')}
          </Button>
        )}
      </Flex>
      {history.length > 0 && (
        <>
          <Typography.Text type="secondary" style={{ display: 'block', marginTop: 12 }}>
            {t('responsible.history')}
          </Typography.Text>
          <List
            size="small"
            dataSource={history}
            rowKey={(a) => `${a.username}-${a.assignedAt}`}
            data-testid="care-assignments"
            renderItem={(a) => (
              <List.Item>
                <div style={{ minWidth: 0 }}>
                  <Typography.Text strong>{a.name ?? a.username}</Typography.Text>
                  {a.level != null && <span>{t('responsible.levelAt', { level: label('level', a.level) })}</span>}
                  <div className="care-muted">
                    {[
                      t('responsible.assignedAt', { at: formatDateTime(a.assignedAt) }),
                      a.endedAt ? t('responsible.ended', { at: formatDateTime(a.endedAt) }) : null,
                      a.assignedBy ? t('responsible.by', { by: a.assignedBy }) : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </div>
                  {a.reason && <div className="care-pre">{a.reason}</div>}
                </div>
              </List.Item>
            )}
          />
        </>
      )}
      {mayChange && <ResponsibleModal view={view} open={open} onClose={() => setOpen(false)} />}
    </div>
  );
}

function VisitItem({ visit }: { visit: VisitView }) {
  const t = useCareT();
  const label = useCareLabel();
  return (
    <List.Item data-testid={`care-visit-${visit.id}`} data-risk={visit.risk}>
      <div style={{ width: '100%', minWidth: 0 }}>
        <Space wrap size={6}>
          <Typography.Text strong>{formatDateTime(visit.visitedAt)}</Typography.Text>
          <Tag style={{ marginInlineEnd: 0 }}>{label('mode', visit.mode)}</Tag>
          <Tag style={{ marginInlineEnd: 0 }}>
            {t('visit.metWho', { who: visit.met })}
          </Tag>
          <RiskTag risk={visit.risk} />
        </Space>
        {visit.lateEntry && <LateEntryNote reason={visit.lateEntryReason} testId={`care-visit-late-${visit.id}`} />}
        <div className="care-pre" style={{ marginTop: 4 }}>
          {visit.findings}
        </div>
        <Space wrap size={12} className="care-muted">
          <span>{t('visit.recordedBy', { name: visit.recordedBy })}</span>
          {visit.lateEntry && visit.recordedAt && <span>{t('visit.lateRecordedAt', { at: formatDateTime(visit.recordedAt) })}</span>}
          {visit.hasPhoto && (
            <a href={visitPhotoUrl(visit.id)} target="_blank" rel="noopener noreferrer" data-testid={`care-visit-photo-${visit.id}`}>
              <PictureOutlined /> {t('visit.viewPhoto')}
            </a>
          )}
        </Space>
      </div>
    </List.Item>
  );
}

/** 走访记录, newest first. */
export function VisitsList({ visits }: { visits: VisitView[] }) {
  const t = useCareT();
  return (
    <div data-testid="care-visits" data-count={visits.length}>
      {visits.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('visit.none')} />
      ) : (
        <List<VisitView> dataSource={sortVisits(visits)} rowKey="id" renderItem={(v) => <VisitItem visit={v} />} />
      )}
    </div>
  );
}

/** 预警记录: every warning, open ones first. */
export function WarningsList({ warnings }: { warnings: WarningView[] }) {
  const t = useCareT();
  const label = useCareLabel();
  const sorted = [...warnings].sort((a, b) => Number(!!a.resolvedAt) - Number(!!b.resolvedAt) || b.id - a.id);
  return (
    <div data-testid="care-warnings">
      {sorted.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('warnings.none')} />
      ) : (
        <List<WarningView>
          size="small"
          dataSource={sorted}
          rowKey="id"
          renderItem={(w) => (
            <List.Item data-testid={`care-warning-item-${w.id}`} data-open={w.resolvedAt ? 'false' : 'true'}>
              <div style={{ minWidth: 0 }}>
                <Space wrap size={6}>
                  <Tag color={w.resolvedAt ? 'default' : w.kind === 'MAJOR_RISK' ? 'red' : 'orange'} style={{ marginInlineEnd: 0 }}>
                    {label('warningKind', w.kind)}
                  </Tag>
                  <Typography.Text>{label('stage', w.stage)}</Typography.Text>
                </Space>
                <div className="care-muted">
                  {formatDay(w.raisedOn)} ·{' '}
                  {w.resolvedAt ? t('warnings.resolvedAt', { at: formatDateTime(w.resolvedAt) }) : t('warnings.open')}
                </div>
              </div>
            </List.Item>
          )}
        />
      )}
    </div>
  );
}

interface PlanValues {
  householdPlan?: string;
  personMeasures?: string;
}

/** 一户一策、一人一措: editable by the village side, read-only for the others. */
export function PlanSection({ view }: { view: EnrolmentView }) {
  const t = useCareT();
  const user = useCurrentUser();
  const { message } = App.useApp();
  const [form] = Form.useForm<PlanValues>();
  const save = useSavePlan(view.enrolmentNo);
  const { problem, report, clear } = useSubmitProblem(form, ['householdPlan', 'personMeasures']);
  const editable = canManageCare(user) && view.status !== 'ENDED';

  if (!editable) {
    return (
      <Descriptions
        column={1}
        size="small"
        data-testid="care-plan"
        items={[
          { key: 'household', label: t('plan.household'), children: <span className="care-pre">{none(view.householdPlan, t('plan.empty'))}</span> },
          { key: 'person', label: t('plan.person'), children: <span className="care-pre">{none(view.personMeasures, t('plan.empty'))}</span> },
        ]}
      />
    );
  }

  const onFinish = (values: PlanValues) => {
    clear();
    save.mutate(
      { householdPlan: (values.householdPlan ?? '').trim(), personMeasures: (values.personMeasures ?? '').trim() },
      { onSuccess: () => void message.success(t('plan.saved')), onError: report },
    );
  };

  return (
    <Form<PlanValues>
      form={form}
      layout="vertical"
      initialValues={{ householdPlan: view.householdPlan ?? '', personMeasures: view.personMeasures ?? '' }}
      onFinish={onFinish}
      disabled={save.isPending}
      data-testid="care-plan"
    >
      <Form.Item
        name="householdPlan"
        label={t('plan.household')}
        rules={[{ max: LIMITS.plan, message: t('common:tooLong', { label: t('plan.household'), max: LIMITS.plan }) }]}
      >
        <Input.TextArea
          data-testid="care-plan-household"
          placeholder={t('plan.householdPlaceholder')}
          autoSize={{ minRows: 3, maxRows: 10 }}
          maxLength={LIMITS.plan}
        />
      </Form.Item>
      <Form.Item
        name="personMeasures"
        label={t('plan.person')}
        rules={[{ max: LIMITS.plan, message: t('common:tooLong', { label: t('plan.person'), max: LIMITS.plan }) }]}
      >
        <Input.TextArea data-testid="care-plan-person" placeholder={t('plan.personPlaceholder')} autoSize={{ minRows: 3, maxRows: 10 }} maxLength={LIMITS.plan} />
      </Form.Item>
      <ProblemAlert problem={problem} testId="care-plan-error" onClose={clear} />
      <Form.Item style={{ marginBottom: 0 }} className="care-actions">
        <Button htmlType="submit" type="primary" loading={save.isPending} data-testid="care-plan-save">
          {t('plan.save')}
        </Button>
      </Form.Item>
    </Form>
  );
}

function ProblemItem({ problem }: { problem: ProblemView }) {
  const t = useCareT();
  const label = useCareLabel();
  const open = isOpenProblem(problem);
  return (
    <List.Item data-testid={`care-problem-${problem.id}`} data-status={problem.status}>
      <div style={{ width: '100%', minWidth: 0 }}>
        <Space wrap size={6}>
          <Typography.Text strong>{label('department', problem.department)}</Typography.Text>
          <Tag color={open ? 'processing' : 'success'} style={{ marginInlineEnd: 0 }}>
            {label('problemStatus', problem.status)}
          </Tag>
          {problem.dueOn && <span className="care-muted">{t('problem.due', { date: formatDay(problem.dueOn) })}</span>}
          {problem.referralNo && (
            <Link to={`/departments/referrals/${encodeURIComponent(problem.referralNo)}`} data-testid={`care-problem-referral-${problem.id}`}>
              {t('problem.referral', { no: problem.referralNo })}
            </Link>
          )}
        </Space>
        <div className="care-pre">{problem.description}</div>
        {problem.resolution && (
          <div className="care-muted care-pre">
            {t('problem.resolution')}{colon()}{problem.resolution}
          </div>
        )}
      </div>
    </List.Item>
  );
}

interface ReferValues {
  department?: Department;
  description?: string;
  visitId?: number;
}

/** 问题转办: the problems referred to township departments, and the form to refer one. */
export function ProblemsSection({ view }: { view: EnrolmentView }) {
  const t = useCareT();
  const label = useCareLabel();
  const user = useCurrentUser();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReferValues>();
  const refer = useReferProblem(view.enrolmentNo);
  const { problem, report, clear } = useSubmitProblem(form, ['department', 'description', 'visitId']);
  const mayRefer = canReferProblem(user) && view.status !== 'ENDED';

  const onFinish = (values: ReferValues) => {
    clear();
    refer.mutate(
      {
        department: values.department as Department,
        description: (values.description ?? '').trim(),
        ...(values.visitId ? { visitId: values.visitId } : {}),
      },
      {
        onSuccess: ({ dueOn }) => {
          void message.success(t('problem.done', { date: formatDay(dueOn) }));
          form.resetFields();
        },
        onError: report,
      },
    );
  };

  const visitOptions = sortVisits(view.visits)
    .slice(0, 10)
    .map((v) => ({ value: v.id, label: `${formatDateTime(v.visitedAt)} · ${label('mode', v.mode)}` }));

  return (
    <div data-testid="care-problems">
      {view.problems.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('problem.none')} />
      ) : (
        <List<ProblemView> dataSource={view.problems} rowKey="id" renderItem={(p) => <ProblemItem problem={p} />} />
      )}
      {mayRefer && (
        <Form<ReferValues>
          form={form}
          layout="vertical"
          onFinish={onFinish}
          disabled={refer.isPending}
          data-testid="care-problem-form"
          style={{ marginTop: 12 }}
        >
          <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>
            {t('problem.formTitle')}
          </Typography.Text>
          <Form.Item
            name="department"
            label={t('problem.department')}
            rules={[{ required: true, message: t('common:choose', { label: t('problem.department') }) }]}
          >
            <Select<Department>
              size="large"
              options={DEPARTMENTS.map((d) => ({ value: d, label: label('department', d) }))}
              data-testid="care-problem-department"
              aria-label={t('problem.department')}
            />
          </Form.Item>
          <Form.Item
            name="description"
            label={t('problem.description')}
            rules={[
              { required: true, whitespace: true, message: t('common:required', { label: t('problem.description') }) },
              { max: LIMITS.description, message: t('common:tooLong', { label: t('problem.description'), max: LIMITS.description }) },
            ]}
          >
            <Input.TextArea
              data-testid="care-problem-description"
              placeholder={t('problem.descriptionPlaceholder')}
              autoSize={{ minRows: 2, maxRows: 6 }}
              maxLength={LIMITS.description}
            />
          </Form.Item>
          {visitOptions.length > 0 && (
            <Form.Item name="visitId" label={t('problem.visit')}>
              <Select<number>
                allowClear
                size="large"
                placeholder={t('problem.visitPlaceholder')}
                options={visitOptions}
                data-testid="care-problem-visit"
                aria-label={t('problem.visit')}
              />
            </Form.Item>
          )}
          <ProblemAlert problem={problem} testId="care-problem-error" onClose={clear} />
          <Form.Item style={{ marginBottom: 0 }} className="care-actions">
            <Button htmlType="submit" icon={<SendOutlined />} loading={refer.isPending} data-testid="care-problem-submit">
              {t('problem.submit')}
            </Button>
          </Form.Item>
        </Form>
      )}
    </div>
  );
}

/** 办理记录: oldest first, newest last, times in Asia/Shanghai. */
export function CareTimeline({ entries }: { entries: EnrolmentView['timeline'] }) {
  const t = useCareT();
  const label = useCareLabel();
  const words = useProcessWords();
  const sorted = sortTimeline(entries);
  if (sorted.length === 0) {
    return (
      <div data-testid="care-timeline">
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('timeline.none')} />
      </div>
    );
  }
  return (
    <div data-testid="care-timeline">
      <Timeline
        style={{ marginTop: 8 }}
        items={sorted.map((e, i) => {
          const title = label('event', e.type);
          return {
            key: `${e.at}-${i}`,
            color: /WARNING/.test(e.type) ? 'red' : /VISIT/.test(e.type) ? 'green' : 'blue',
            children: (
              <div data-testid="care-timeline-entry" data-type={e.type}>
                <Typography.Text strong>{title}</Typography.Text>
                {e.detail && e.detail !== title && <div className="care-pre">{e.detail}</div>}
                <div className="care-muted">
                  <time dateTime={e.at}>{formatDateTime(e.at)}</time> · {words.actor(e.actorName)}
                </div>
              </div>
            ),
          };
        })}
      />
    </div>
  );
}
