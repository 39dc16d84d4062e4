import { useState, type ReactNode } from 'react';
import { colon } from '@/i18n';
import { Alert, Button, Card, DatePicker, Descriptions, Flex, Form, Input, Popconfirm, Radio, Skeleton, Space, Tag, Typography, type ButtonProps } from 'antd';
import { Link } from 'react-router-dom';
import type { Dayjs } from 'dayjs';
import type { DomainTask, DomainTaskFormProps } from '@/lib/task-forms';
import { displayMaskedId } from '@/lib/masking';
import { useErrorMessage } from '@/lib/use-error-message';
import { useIsNarrow } from '@/lib/use-is-narrow';
import { useEnrolment, useSubmitExitDecision, useSubmitGrading, useSubmitProblemResolution, useSubmitSupervision } from '../api/use-care';
import { useCareLabel, useCareT } from '../i18n';
import { formatDay, shanghaiToday } from '../lib/dates';
import { openProblem } from '../lib/labels';
import {
  buildGradingPayload,
  gradingReasonProblem,
  gradingReasonRequired,
  LIMITS,
  type GradingFormValues,
} from '../lib/payload';
import type { CareLevel, EnrolmentView, ExitDecision } from '../types';
import { WarningAlert } from './WarningAlert';
import { FactsView } from './FactsFields';
import { ProblemAlert, useSubmitProblem } from './problem';
import { EnrolmentStatusTag, LevelTag, VisitStatusTag } from './tags';
import { VisitForm } from './VisitForm';
import './care.css';

const GRADING_LEVELS: readonly CareLevel[] = [0, 1, 2, 3];

/** Someone else holds the task: the screen is read-only. */
export function isHeldByOther(task: DomainTask): boolean {
  return !task.assignedToMe && !task.claimable;
}

function TaskStateAlerts({ task }: { task: DomainTask }) {
  const t = useCareT();
  if (isHeldByOther(task)) {
    return (
      <Alert
        type="warning"
        showIcon
        data-testid="domain-task-other"
        message={task.assignee ? t('task.assignedToOther', { assignee: task.assignee }) : t('task.assignedToOtherUnknown')}
      />
    );
  }
  if (task.claimable && !task.assignedToMe) return <Alert type="info" showIcon message={t('task.claimHint')} />;
  return null;
}

function NoEnrolment() {
  const t = useCareT();
  return <Alert type="error" showIcon message={t('task.noEnrolment')} data-testid="care-task-no-enrolment" />;
}

/** The person the task is about; `facts` adds the grading facts. */
function EnrolmentCard({ view, facts = false }: { view: EnrolmentView; facts?: boolean }) {
  const t = useCareT();
  const label = useCareLabel();
  const narrow = useIsNarrow();
  const dash = t('common:none');
  return (
    <Card
      size="small"
      className="care-card"
      data-testid="care-task-enrolment"
      title={
        <Space wrap size={8}>
          <Typography.Text strong style={{ fontSize: 16 }}>
            {view.personName}
          </Typography.Text>
          <Typography.Text type="secondary">{view.enrolmentNo}</Typography.Text>
        </Space>
      }
      extra={<Link to={`/care/${encodeURIComponent(view.enrolmentNo)}`}>{t('task.openEnrolment')}</Link>}
    >
      <Descriptions
        column={narrow ? 1 : 2}
        size="small"
        items={[
          { key: 'id', label: t('view.idNumber'), children: displayMaskedId(view.maskedIdNumber, dash) },
          { key: 'age', label: t('view.age'), children: view.age ?? dash },
          { key: 'village', label: t('view.village'), children: view.villageName ?? view.villageCode },
          { key: 'status', label: t('roster.level'), children: <Space size={6} wrap><LevelTag level={view.level} /><EnrolmentStatusTag status={view.status} /></Space> },
          { key: 'group', label: t('view.group'), span: narrow ? 1 : 2, children: label('group', view.group) },
          ...(facts
            ? []
            : [
                { key: 'responsible', label: t('view.responsible'), children: view.responsibleName ?? view.responsibleUsername ?? t('roster.noResponsible') },
                {
                  key: 'lastVisit',
                  label: t('view.lastVisit'),
                  children: (
                    <Space size={6} wrap>
                      {formatDay(view.lastVisitOn) || t('roster.never')}
                      <VisitStatusTag status={view.visitStatus} testId="care-visit-status" />
                    </Space>
                  ),
                },
              ]),
          ...(facts && view.note ? [{ key: 'note', label: t('view.grading.note'), span: narrow ? 1 : 2, children: <span className="care-pre">{view.note}</span> }] : []),
        ]}
      />
      {facts && (
        <>
          <Typography.Text strong style={{ display: 'block', margin: '8px 0' }}>
            {t('facts.title')}
          </Typography.Text>
          <FactsView facts={view.facts} />
        </>
      )}
    </Card>
  );
}

/** The enrolment of the task's business key, with loading and error states around `children`. */
function WithEnrolment({ enrolmentNo, children }: { enrolmentNo: string; children: (view: EnrolmentView) => ReactNode }) {
  const t = useCareT();
  const describe = useErrorMessage();
  const enrolment = useEnrolment(enrolmentNo);
  if (enrolment.isPending) {
    return (
      <Card size="small">
        <Skeleton active paragraph={{ rows: 4 }} />
      </Card>
    );
  }
  if (enrolment.isError) {
    return (
      <Alert
        type="error"
        showIcon
        data-testid="care-task-load-error"
        message={t('common.loadFailed')}
        description={describe(enrolment.error)}
        action={
          <Button size="small" onClick={() => void enrolment.refetch()}>
            {t('common:retry')}
          </Button>
        }
      />
    );
  }
  return <>{children(enrolment.data)}</>;
}

const GRADING_FIELDS = ['level', 'reason', 'meetingOn'] as const;

function GradingForm({ task, view, onCompleted }: DomainTaskFormProps & { view: EnrolmentView }) {
  const t = useCareT();
  const label = useCareLabel();
  const narrow = useIsNarrow();
  const [form] = Form.useForm<GradingFormValues>();
  const submit = useSubmitGrading(task.id, task.businessKey);
  const { problem, report, clear } = useSubmitProblem(form, GRADING_FIELDS);
  const proposed = view.proposedLevel;
  const level = Form.useWatch('level', form);
  const readOnly = isHeldByOther(task);
  const reasonRequired = gradingReasonRequired(level, proposed);

  const onFinish = (values: GradingFormValues) => {
    clear();
    submit.mutate(buildGradingPayload(values), { onSuccess: onCompleted, onError: report });
  };

  return (
    <Card className="care-card" title={t('task.grading.title')}>
      <Flex vertical gap={12} style={{ marginBottom: 16 }}>
        <Typography.Text type="secondary">{t('task.grading.intro')}</Typography.Text>
        <TaskStateAlerts task={task} />
        <Alert
          type="info"
          showIcon
          data-testid="care-grading-proposed"
          message={t('task.grading.proposed', { level: label('level', proposed) })}
        />
      </Flex>
      <Form<GradingFormValues>
        form={form}
        layout="vertical"
        size="large"
        initialValues={{ level: proposed ?? undefined, meetingOn: shanghaiToday() }}
        disabled={readOnly || submit.isPending}
        onFinish={onFinish}
        scrollToFirstError
        data-testid="care-grading-form"
      >
        <Form.Item name="level" label={t('task.grading.level')} rules={[{ required: true, message: t('common:choose', { label: t('task.grading.level') }) }]}>
          <Radio.Group className="care-rows">
            {GRADING_LEVELS.map((n) => (
              <Radio key={n} value={n} data-testid={`care-grading-level-${n}`}>
                <Space size={6} wrap>
                  <span>{label('level', n)}</span>
                  {n === proposed && <Tag color="blue">{t('view.grading.proposed')}</Tag>}
                </Space>
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('task.grading.reason')}
          required={reasonRequired}
          dependencies={['level']}
          rules={[
            {
              validator: (_, value: unknown) =>
                gradingReasonProblem(form.getFieldValue('level') as number | undefined, proposed, value)
                  ? Promise.reject(new Error(t('task.grading.reasonRequired')))
                  : Promise.resolve(),
            },
            { max: LIMITS.reason, message: t('common:tooLong', { label: t('task.grading.reason'), max: LIMITS.reason }) },
          ]}
        >
          <Input.TextArea
            data-testid="care-grading-reason"
            placeholder={t('task.grading.reasonPlaceholder')}
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={LIMITS.reason}
            showCount
          />
        </Form.Item>
        <Form.Item
          name="meetingOn"
          label={t('task.grading.meetingOn')}
          rules={[
            { required: true, message: t('common:choose', { label: t('task.grading.meetingOn') }) },
            {
              validator: (_, value: Dayjs | undefined) =>
                value && value.isAfter(shanghaiToday(), 'day') ? Promise.reject(new Error(t('task.grading.meetingFuture'))) : Promise.resolve(),
            },
          ]}
        >
          <DatePicker
            style={{ width: '100%' }}
            inputReadOnly={narrow}
            allowClear={false}
            disabledDate={(d) => d.isAfter(shanghaiToday(), 'day')}
            data-testid="care-grading-meetingOn"
          />
        </Form.Item>
        <ProblemAlert problem={problem} testId="care-grading-error" />
        <Form.Item style={{ marginBottom: 0 }} className="care-actions">
          <Button type="primary" htmlType="submit" loading={submit.isPending} disabled={readOnly} data-testid="care-grading-submit">
            {t('task.grading.submit')}
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}

/** 两委会议确认关爱等级 (village officer): the facts and the proposal; the level the meeting decided. */
export function CareGradingForm({ task, onCompleted }: DomainTaskFormProps) {
  if (!task.businessKey) return <NoEnrolment />;
  return (
    <Flex vertical gap={16} data-testid="domain-form-care-grading">
      <WithEnrolment enrolmentNo={task.businessKey}>
        {(view) => (
          <>
            <EnrolmentCard view={view} facts />
            <GradingForm task={task} view={view} onCompleted={onCompleted} />
          </>
        )}
      </WithEnrolment>
    </Flex>
  );
}

/** 走访预警 (responsible person): the visit form; recording the visit ends the task by itself. */
export function CareVisitTaskForm({ task, onCompleted }: DomainTaskFormProps) {
  const t = useCareT();
  if (!task.businessKey) return <NoEnrolment />;
  return (
    <Flex vertical gap={16} data-testid="domain-form-care-visit">
      <WithEnrolment enrolmentNo={task.businessKey}>
        {(view) => (
          <>
            <EnrolmentCard view={view} />
            <Card className="care-card" title={t('task.visit.title')}>
              <WarningAlert view={view} />
              <Typography.Paragraph type="secondary">{t('task.visit.intro')}</Typography.Paragraph>
              <VisitForm enrolmentNo={view.enrolmentNo} personName={view.personName} onRecorded={() => onCompleted()} />
            </Card>
          </>
        )}
      </WithEnrolment>
    </Flex>
  );
}

interface NoteValues {
  text?: string;
}

/** One required text and a submit button: the supervision note and the problem's resolution. */
function TextTaskForm({
  task,
  fieldLabel,
  placeholder,
  submitText,
  testId,
  submitTestId,
  busy,
  onSubmit,
  problem,
}: {
  task: DomainTask;
  fieldLabel: string;
  placeholder: string;
  submitText: string;
  testId: string;
  submitTestId: string;
  busy: boolean;
  onSubmit: (text: string) => void;
  problem: ReturnType<typeof useSubmitProblem>['problem'];
}) {
  const t = useCareT();
  const readOnly = isHeldByOther(task);
  return (
    <Form<NoteValues>
      layout="vertical"
      size="large"
      disabled={readOnly || busy}
      onFinish={(values) => onSubmit((values.text ?? '').trim())}
      data-testid={`${testId}-form`}
    >
      <Form.Item
        name="text"
        label={fieldLabel}
        rules={[
          { required: true, whitespace: true, message: t('common:required', { label: fieldLabel }) },
          { max: LIMITS.resolution, message: t('common:tooLong', { label: fieldLabel, max: LIMITS.resolution }) },
        ]}
      >
        <Input.TextArea data-testid={testId} placeholder={placeholder} autoSize={{ minRows: 3, maxRows: 8 }} maxLength={LIMITS.resolution} showCount />
      </Form.Item>
      <ProblemAlert problem={problem} testId={`${testId}-error`} />
      <Form.Item style={{ marginBottom: 0 }} className="care-actions">
        <Button type="primary" htmlType="submit" loading={busy} disabled={readOnly} data-testid={submitTestId}>
          {submitText}
        </Button>
      </Form.Item>
    </Form>
  );
}

/** 预警督办 (street / district): a note pressing the responsible person; the warning stays until a visit. */
export function CareSupervisionForm({ task, onCompleted }: DomainTaskFormProps) {
  const t = useCareT();
  const submit = useSubmitSupervision(task.id, task.businessKey);
  const { problem, report, clear } = useSubmitProblem(null, []);
  if (!task.businessKey) return <NoEnrolment />;
  return (
    <Flex vertical gap={16} data-testid="domain-form-care-supervision">
      <WithEnrolment enrolmentNo={task.businessKey}>
        {(view) => (
          <>
            <EnrolmentCard view={view} />
            <Card className="care-card" title={t('task.supervision.title')}>
              <Flex vertical gap={12} style={{ marginBottom: 16 }}>
                <WarningAlert view={view} />
                <Typography.Text type="secondary">{t('task.supervision.intro')}</Typography.Text>
                <TaskStateAlerts task={task} />
              </Flex>
              <TextTaskForm
                task={task}
                fieldLabel={t('task.supervision.note')}
                placeholder={t('task.supervision.notePlaceholder')}
                submitText={t('task.supervision.submit')}
                testId="care-supervision-note"
                submitTestId="care-supervision-submit"
                busy={submit.isPending}
                problem={problem}
                onSubmit={(note) => {
                  clear();
                  submit.mutate({ note }, { onSuccess: onCompleted, onError: report });
                }}
              />
            </Card>
          </>
        )}
      </WithEnrolment>
    </Flex>
  );
}

/** 部门办理反馈 (street office): the open problem, and what the department did. */
export function CareProblemForm({ task, onCompleted }: DomainTaskFormProps) {
  const t = useCareT();
  const label = useCareLabel();
  const submit = useSubmitProblemResolution(task.id, task.businessKey);
  const { problem, report, clear } = useSubmitProblem(null, []);
  if (!task.businessKey) return <NoEnrolment />;
  return (
    <Flex vertical gap={16} data-testid="domain-form-care-problem">
      <WithEnrolment enrolmentNo={task.businessKey}>
        {(view) => {
          const open = openProblem(view.problems);
          return (
            <>
              <EnrolmentCard view={view} />
              <Card className="care-card" title={t('task.problem.title')}>
                <Flex vertical gap={12} style={{ marginBottom: 16 }}>
                  <Typography.Text type="secondary">{t('task.problem.intro')}</Typography.Text>
                  <TaskStateAlerts task={task} />
                  {open ? (
                    <Alert
                      type="warning"
                      showIcon
                      data-testid="care-problem-open"
                      data-problem-id={open.id}
                      message={`${t('task.problem.open')}${colon()}${label('department', open.department)}${open.dueOn ? ` · ${t('problem.due', { date: formatDay(open.dueOn) })}` : ''}`}
                      description={<span className="care-pre">{open.description}</span>}
                    />
                  ) : (
                    <Alert type="info" showIcon message={t('task.problem.noOpen')} data-testid="care-problem-open-none" />
                  )}
                </Flex>
                <TextTaskForm
                  task={task}
                  fieldLabel={t('task.problem.resolution')}
                  placeholder={t('task.problem.resolutionPlaceholder')}
                  submitText={t('task.problem.submit')}
                  testId="care-problem-resolution"
                  submitTestId="care-problem-resolve"
                  busy={submit.isPending}
                  problem={problem}
                  onSubmit={(resolution) => {
                    clear();
                    submit.mutate({ resolution }, { onSuccess: onCompleted, onError: report });
                  }}
                />
              </Card>
            </>
          );
        }}
      </WithEnrolment>
    </Flex>
  );
}

/** 退出审批 (care-exit.bpmn): the village evaluates, the township reviews, the county approves; each may send back. */
export function CareExitForm({ task, onCompleted }: DomainTaskFormProps) {
  const t = useCareT();
  const label = useCareLabel();
  const submit = useSubmitExitDecision(task.id, task.businessKey);
  const { problem, report, clear } = useSubmitProblem(null, []);
  const [decision, setDecision] = useState<ExitDecision>('AGREE');
  const [comment, setComment] = useState('');
  if (!task.businessKey) return <NoEnrolment />;
  const readOnly = isHeldByOther(task);
  const village = task.activityId === 'evaluateExit';
  const county = task.activityId === 'approveExit';
  const needsComment = decision === 'BACK' && !comment.trim();
  const send = () => {
    clear();
    const text = comment.trim();
    submit.mutate(text ? { decision, comment: text } : { decision }, { onSuccess: onCompleted, onError: report });
  };
  const button = (
    <Button type="primary" danger={county && decision === 'AGREE'} disabled={readOnly || needsComment} loading={submit.isPending}
      onClick={county && decision === 'AGREE' ? undefined : send} data-testid="care-exit-submit">
      {t('exit.submitDecision')}
    </Button>
  );
  return (
    <Flex vertical gap={16} data-testid="domain-form-care-exit">
      <WithEnrolment enrolmentNo={task.businessKey}>
        {(view) => (
          <>
            <EnrolmentCard view={view} />
            <Card className="care-card" title={t('exit.taskTitle')}>
              <Flex vertical gap={12} style={{ marginBottom: 16 }}>
                <Typography.Text type="secondary">{t('exit.intro')}</Typography.Text>
                <TaskStateAlerts task={task} />
                {view.exit ? (
                  <Alert
                    type="info"
                    showIcon
                    data-testid="care-exit-request"
                    message={t('exit.current', { status: label('exitStatus', view.exit.status) })}
                    description={<span className="care-pre">{view.exit.reason}</span>}
                  />
                ) : null}
              </Flex>
              <Form layout="vertical" size="large" disabled={readOnly || submit.isPending}>
                <Form.Item label={t('exit.decision')}>
                  <Radio.Group value={decision} onChange={(e) => setDecision(e.target.value as ExitDecision)}>
                    <Radio value="AGREE" data-testid="care-exit-agree">
                      {t('exit.agree')}
                    </Radio>
                    <Radio value="BACK" data-testid="care-exit-back">
                      {village ? t('exit.backVillage') : t('exit.back')}
                    </Radio>
                  </Radio.Group>
                </Form.Item>
                <Form.Item label={t('exit.comment')} required={decision === 'BACK'} help={decision === 'BACK' ? t('exit.commentRequired') : undefined}>
                  <Input.TextArea
                    value={comment}
                    maxLength={500}
                    autoSize={{ minRows: 2, maxRows: 5 }}
                    onChange={(e) => setComment(e.target.value)}
                    data-testid="care-exit-comment"
                  />
                </Form.Item>
                <ProblemAlert problem={problem} testId="care-exit-error" />
                {county && decision === 'AGREE' ? (
                  <Popconfirm title={t('exit.confirmApprove')} okText={t('exit.confirmOk')} cancelText={t('exit.confirmCancel')} okButtonProps={{ 'data-testid': 'care-exit-confirm-ok' } as ButtonProps} onConfirm={send}>
                    {button}
                  </Popconfirm>
                ) : (
                  button
                )}
              </Form>
            </Card>
          </>
        )}
      </WithEnrolment>
    </Flex>
  );
}
