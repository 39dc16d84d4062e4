import { App, Button, Card, Descriptions, Flex, Form, Input, List, Typography } from 'antd';
import { useCase, type CaseView } from '@/features/cases';
import { formatDateTime } from '@/lib/dates';
import { useRecordActivity, useSubmitOutcome } from '../api/use-case-tasks';
import { useCaseTasksT } from '../i18n';
import { latestOfType } from '../lib/case-data';
import { buildActivityPayload, buildOutcomePayload } from '../lib/payload';
import { LIMITS } from '../lib/validation';
import type { ActivityRequest, DomainTaskFormProps, OutcomeRequest } from '../types';
import { textRule } from './form-parts';
import {
  CaseInfoSkeleton,
  isHeldByOther,
  LoadError,
  NoCase,
  ProblemAlert,
  TaskStateAlerts,
  useSubmitProblem,
} from './shared';

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
  return (
    <Card className="case-task" size="small" data-testid="domain-case-info">
      <Descriptions
        column={1}
        size="small"
        items={[
          {
            key: 'name',
            label: t('caseInfo.name'),
            children: <span data-testid="domain-case-subject">{kase.person?.name || kase.summary.recipientName}</span>,
          },
          { key: 'caseNo', label: t('caseInfo.caseNo'), children: <span data-testid="domain-case-no">{kase.summary.caseNo}</span> },
          ...(taskName ? [{ key: 'task', label: t('delivery.service'), children: taskName }] : []),
        ]}
      />
    </Card>
  );
}

/** The latest activities recorded on the case (newest first). */
function RecentActivities({ kase }: { kase: CaseView }) {
  const t = useCaseTasksT();
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
                  {formatDateTime(e.at)} · {e.actor}
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
  const activityProblem = useSubmitProblem(activityForm, ACTIVITY_FIELDS);
  const outcomeProblem = useSubmitProblem(outcomeForm, OUTCOME_FIELDS);
  const readOnly = isHeldByOther(task);
  const busy = activity.isPending || outcome.isPending;

  if (!task.businessKey) return <NoCase />;

  const onActivity = (values: ActivityValues) => {
    activityProblem.clear();
    let body: ActivityRequest;
    try {
      body = buildActivityPayload(values.content);
    } catch (e) {
      activityProblem.report(e);
      return;
    }
    activity.mutate(body, {
      onSuccess: () => {
        void message.success(t('delivery.activitySaved'));
        activityForm.resetFields();
      },
      onError: activityProblem.report,
    });
  };

  const onOutcome = (values: OutcomeValues) => {
    outcomeProblem.clear();
    let body: OutcomeRequest;
    try {
      body = buildOutcomePayload(values.outcome);
    } catch (e) {
      outcomeProblem.report(e);
      return;
    }
    outcome.mutate(body, { onSuccess: onCompleted, onError: outcomeProblem.report });
  };

  return (
    <Flex vertical gap={16} className="case-task" data-testid="domain-form-service-delivery">
      {kase.isPending ? (
        <CaseInfoSkeleton />
      ) : kase.isError ? (
        <LoadError title={t('common.caseLoadFailed')} error={kase.error} onRetry={() => void kase.refetch()} testId="domain-case-error" />
      ) : (
        <ServiceHeader kase={kase.data} taskName={task.name} />
      )}
      <Card className="case-task" title={t('delivery.activityTitle')}>
        <Flex vertical gap={12} style={{ marginBottom: 16 }}>
          <Typography.Text type="secondary">{t('delivery.intro')}</Typography.Text>
          <TaskStateAlerts task={task} />
        </Flex>
        <Form<ActivityValues>
          form={activityForm}
          layout="vertical"
          size="large"
          disabled={readOnly || busy}
          onFinish={onActivity}
          data-testid="activity-form"
        >
          <Form.Item
            name="content"
            label={t('delivery.activity')}
            required
            rules={[textRule(t, t('delivery.activity'), LIMITS.content, true)]}
          >
            <Input.TextArea
              data-testid="activity-content"
              placeholder={t('delivery.activityPlaceholder')}
              autoSize={{ minRows: 3, maxRows: 8 }}
              maxLength={LIMITS.content}
              showCount
            />
          </Form.Item>
          {activityProblem.problem && (
            <div style={{ marginBottom: 16 }}>
              <ProblemAlert problem={activityProblem.problem} testId="activity-error" />
            </div>
          )}
          <Form.Item className="case-task-actions">
            <Button htmlType="submit" size="large" loading={activity.isPending} disabled={readOnly} data-testid="activity-submit">
              {t('delivery.activitySubmit')}
            </Button>
          </Form.Item>
        </Form>
        {kase.isSuccess && <RecentActivities kase={kase.data} />}
      </Card>
      <Card className="case-task" title={t('delivery.outcomeTitle')}>
        <Form<OutcomeValues>
          form={outcomeForm}
          layout="vertical"
          size="large"
          disabled={readOnly || busy}
          onFinish={onOutcome}
          data-testid="outcome-form"
        >
          <Form.Item
            name="outcome"
            label={t('delivery.outcome')}
            required
            rules={[textRule(t, t('delivery.outcome'), LIMITS.outcome, true)]}
          >
            <Input.TextArea
              data-testid="outcome"
              placeholder={t('delivery.outcomePlaceholder')}
              autoSize={{ minRows: 3, maxRows: 8 }}
              maxLength={LIMITS.outcome}
              showCount
            />
          </Form.Item>
          {outcomeProblem.problem && (
            <div style={{ marginBottom: 16 }}>
              <ProblemAlert problem={outcomeProblem.problem} testId="outcome-error" />
            </div>
          )}
          <Form.Item style={{ marginBottom: 0 }} className="case-task-actions">
            <Button type="primary" htmlType="submit" size="large" loading={outcome.isPending} disabled={readOnly} data-testid="outcome-submit">
              {t('delivery.outcomeSubmit')}
            </Button>
          </Form.Item>
        </Form>
      </Card>
    </Flex>
  );
}
