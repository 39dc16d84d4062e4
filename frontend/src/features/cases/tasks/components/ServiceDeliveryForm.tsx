import { App, Card, Descriptions, Flex, Form, List, Typography } from 'antd';
import { useProcessWords } from '@/lib/process-words';
import { useCase, useCasesT, type CaseView } from '@/features/cases';
import { formatDateTime } from '@/lib/dates';
import { useRecordActivity, useSubmitOutcome } from '../api/use-case-tasks';
import { useCaseTasksT } from '../i18n';
import { latestOfType } from '../lib/case-data';
import { buildActivityPayload, buildOutcomePayload } from '../lib/payload';
import { LIMITS } from '../lib/validation';
import type { DomainTaskFormProps } from '../types';
import { CardIntro, CaseHeader, CaseTaskForm, SubmitRow, TextAreaItem, useFormSubmit } from './form-parts';
import { isHeldByOther, NoCase } from './shared';

const ACTIVITY_FIELDS = ['content'] as const;
const OUTCOME_FIELDS = ['outcome'] as const;
const RECENT_TYPES = ['SERVICE_ACTIVITY'] as const;
const RECENT_LIMIT = 5;

interface ActivityValues {
  content?: string;
}

interface OutcomeValues {
  outcome?: string;
}

/** Whose service this is: name and case number, and the task (the item's name is in the task's name). */
function ServiceHeader({ kase, taskName }: { kase: CaseView; taskName: string | undefined }) {
  const t = useCaseTasksT();
  const casesT = useCasesT();
  return (
    <Card className="case-task" size="small" data-testid="domain-case-info">
      <Descriptions
        column={1}
        size="small"
        items={[
          {
            key: 'name',
            label: casesT('view.person.name'),
            children: <span data-testid="domain-case-subject">{kase.person?.name || kase.summary.recipientName}</span>,
          },
          { key: 'caseNo', label: casesT('view.caseNo'), children: <span data-testid="domain-case-no">{kase.summary.caseNo}</span> },
          ...(taskName ? [{ key: 'task', label: t('delivery.service'), children: taskName }] : []),
        ]}
      />
    </Card>
  );
}

/** The latest activities recorded on the case (newest first). */
function RecentActivities({ kase }: { kase: CaseView }) {
  const t = useCaseTasksT();
  const words = useProcessWords();
  const recent = latestOfType(kase.timeline, RECENT_TYPES, RECENT_LIMIT);
  return (
    <div data-testid="activity-recent">
      <Typography.Text strong>{t('delivery.recent')}</Typography.Text>
      {recent.length === 0 ? (
        <div>
          <Typography.Text type="secondary">{t('delivery.noRecent')}</Typography.Text>
        </div>
      ) : (
        <List
          size="small"
          dataSource={recent}
          rowKey={(e) => `${e.at}-${e.detail ?? ''}`}
          renderItem={(e) => (
            <List.Item style={{ paddingInline: 0 }}>
              <div style={{ minWidth: 0 }}>
                <div style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{e.detail}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(e.at)} · {words.actor(e.actorName)}
                </Typography.Text>
              </div>
            </List.Item>
          )}
        />
      )}
    </div>
  );
}

/** 服务实施与结案 (generic service process, street office): record activities, then close with the outcome. */
export function ServiceDeliveryForm({ task, onCompleted }: DomainTaskFormProps) {
  const t = useCaseTasksT();
  const { message } = App.useApp();
  const [activityForm] = Form.useForm<ActivityValues>();
  const [outcomeForm] = Form.useForm<OutcomeValues>();
  const caseNo = task.businessKey ?? '';
  const kase = useCase(caseNo);
  const activity = useRecordActivity(task.id, task.businessKey);
  const outcome = useSubmitOutcome(task.id, task.businessKey);
  const onActivitySaved = () => {
    void message.success(t('delivery.activitySaved'));
    activityForm.resetFields();
  };
  const recordActivity = useFormSubmit(
    activityForm,
    ACTIVITY_FIELDS,
    activity.mutate,
    (values: ActivityValues) => buildActivityPayload(values.content),
    onActivitySaved,
  );
  const closeService = useFormSubmit(
    outcomeForm,
    OUTCOME_FIELDS,
    outcome.mutate,
    (values: OutcomeValues) => buildOutcomePayload(values.outcome),
    onCompleted,
  );
  const readOnly = isHeldByOther(task);
  const busy = activity.isPending || outcome.isPending;

  if (!task.businessKey) return <NoCase />;

  return (
    <Flex vertical gap={16} className="case-task" data-testid="domain-form-service-delivery">
      <CaseHeader kase={kase}>{(data) => <ServiceHeader kase={data} taskName={task.name} />}</CaseHeader>
      <Card className="case-task" title={t('delivery.activityTitle')}>
        <CardIntro task={task} text={t('delivery.intro')} />
        <CaseTaskForm form={activityForm} testId="activity-form" disabled={readOnly || busy} onFinish={recordActivity.submit}>
          <TextAreaItem
            name="content"
            label={t('delivery.activity')}
            max={LIMITS.content}
            required
            placeholder={t('delivery.activityPlaceholder')}
            testId="activity-content"
          />
          <SubmitRow prefix="activity" problem={recordActivity.problem} loading={activity.isPending} disabled={readOnly} secondary>
            {t('delivery.activitySubmit')}
          </SubmitRow>
        </CaseTaskForm>
        {kase.isSuccess && <RecentActivities kase={kase.data} />}
      </Card>
      <Card className="case-task" title={t('delivery.outcomeTitle')}>
        <CaseTaskForm form={outcomeForm} testId="outcome-form" disabled={readOnly || busy} onFinish={closeService.submit}>
          <TextAreaItem
            name="outcome"
            label={t('delivery.outcome')}
            max={LIMITS.outcome}
            required
            placeholder={t('delivery.outcomePlaceholder')}
            testId="outcome"
          />
          <SubmitRow prefix="outcome" problem={closeService.problem} loading={outcome.isPending} disabled={readOnly}>
            {t('delivery.outcomeSubmit')}
          </SubmitRow>
        </CaseTaskForm>
      </Card>
    </Flex>
  );
}
