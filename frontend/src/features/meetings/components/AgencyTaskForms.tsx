import type { ButtonProps } from 'antd';
import { useState, type ReactNode } from 'react';
import { Alert, App, Button, Card, Form, Input, InputNumber, Radio, Skeleton, Space, Typography } from 'antd';
import { isHeldByOther, TaskStateAlerts } from '@/components/TaskStateAlerts';
import { DateField } from '@/components/DateFields';
import type { DomainTaskFormProps } from '@/lib/task-forms';
import { useCompleteClose, useCompleteConfirm, useCompletePlan, useCompleteReview, useSubject } from '../api/meetings';
import { useMeetingsLabel, useMeetingsT } from '../i18n';
import { AGENCY_OUTCOMES, type AgencyOutcome, type MeetingTaskSubject, type PlanRequest } from '../types';
import { Deliveries, ErrorAlert, ItemCard, LoadError, PlanRounds } from './parts';

function WithSubject({ taskId, children }: { taskId: string; children: (s: MeetingTaskSubject) => ReactNode }) {
  const subject = useSubject(taskId);
  if (subject.isPending) return <Skeleton active />;
  if (subject.isError) return <LoadError error={subject.error} />;
  return <>{children(subject.data)}</>;
}

/** 制定服务方案: the agency submits a round of its plan (after a return: the district's comment on top). */
export function AgencyPlanForm({ task, onCompleted }: DomainTaskFormProps) {
  return <WithSubject taskId={task.id}>{(s) => <PlanBody subject={s} task={task} onCompleted={onCompleted} />}</WithSubject>;
}

function PlanBody({ subject, task, onCompleted }: DomainTaskFormProps & { subject: MeetingTaskSubject }) {
  const t = useMeetingsT();
  const complete = useCompletePlan();
  const [form] = Form.useForm<PlanRequest>();
  const plans = subject.item.plans;
  const last = plans.length ? plans[plans.length - 1] : undefined;
  const returned = last?.reviewAction === 'RETURNED' ? last : undefined;
  const submit = (v: PlanRequest) =>
    complete.mutate(
      { taskId: task.id, body: { ...v, goals: v.goals.trim(), services: v.services.trim(), staff: v.staff.trim() } },
      { onSuccess: onCompleted },
    );
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }} data-testid="agency-plan-form">
      <TaskStateAlerts task={task} />
      <ItemCard view={subject.item} />
      {returned?.reviewComment ? <Alert type="warning" showIcon message={t('task.returnedWith', { comment: returned.reviewComment })} data-testid="plan-returned" /> : null}
      <PlanRounds view={subject.item} />
      {isHeldByOther(task) ? null : (
        <Card size="small">
          <Alert type="info" showIcon message={t('task.planHint')} style={{ marginBottom: 12 }} />
          <ErrorAlert error={complete.error} testId="plan-error" />
          <Form form={form} layout="vertical" onFinish={submit}
            initialValues={last ? { goals: last.goals, services: last.services, scheduleFrom: last.scheduleFrom, scheduleTo: last.scheduleTo, staff: last.staff, budget: last.budget } : undefined}>
            <Form.Item name="goals" label={t('item.goals')} rules={[{ required: true, whitespace: true, max: 1000 }]}>
              <Input.TextArea rows={3} maxLength={1000} data-testid="plan-goals" />
            </Form.Item>
            <Form.Item name="services" label={t('item.services')} rules={[{ required: true, whitespace: true, max: 1000 }]}>
              <Input.TextArea rows={3} maxLength={1000} data-testid="plan-services" />
            </Form.Item>
            <Space wrap>
              <Form.Item name="scheduleFrom" label={t('item.schedule')} rules={[{ required: true }]}>
                <DateField testId="plan-from" />
              </Form.Item>
              <Form.Item name="scheduleTo" label=" " dependencies={['scheduleFrom']}
                rules={[
                  { required: true },
                  ({ getFieldValue }) => ({
                    validator: (_, value: string) =>
                      !value || !getFieldValue('scheduleFrom') || value >= getFieldValue('scheduleFrom')
                        ? Promise.resolve()
                        : Promise.reject(new Error(t('task.scheduleInvalid'))),
                  }),
                ]}>
                <DateField testId="plan-to" />
              </Form.Item>
            </Space>
            <Form.Item name="staff" label={t('item.staff')} rules={[{ required: true, whitespace: true, max: 200 }]}>
              <Input maxLength={200} data-testid="plan-staff" />
            </Form.Item>
            <Form.Item name="budget" label={t('item.budget')} rules={[{ required: true }]}>
              <InputNumber min={0} max={9999999} precision={2} style={{ width: '100%', maxWidth: 240 }} data-testid="plan-budget" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={complete.isPending} data-testid="plan-submit">
              {t('task.planSubmit')}
            </Button>
          </Form>
        </Card>
      )}
    </Space>
  );
}

/** Agree, or return with a required comment: the district's answer to a plan round or to a close. */
function AgreeOrReturn({ agreeLabel, returnLabel, pending, error, onAnswer }: {
  agreeLabel: string; returnLabel: string; pending: boolean; error: unknown; onAnswer: (agree: boolean, comment?: string) => void;
}) {
  const t = useMeetingsT();
  const [agree, setAgree] = useState<boolean | undefined>();
  const [comment, setComment] = useState('');
  const [tried, setTried] = useState(false);
  const missing = agree === false && !comment.trim();
  return (
    <Card size="small">
      <Radio.Group value={agree} onChange={(e) => setAgree(e.target.value as boolean)}>
        <Radio.Button value={true}>
          <span data-testid="answer-agree">{agreeLabel}</span>
        </Radio.Button>
        <Radio.Button value={false}>
          <span data-testid="answer-return">{returnLabel}</span>
        </Radio.Button>
      </Radio.Group>
      <Typography.Paragraph style={{ marginTop: 8, marginBottom: 4 }}>{t('task.comment')}</Typography.Paragraph>
      <Input.TextArea rows={3} maxLength={1000} value={comment} onChange={(e) => setComment(e.target.value)}
        status={tried && missing ? 'error' : undefined} data-testid="answer-comment" />
      {tried && missing ? <Typography.Text type="danger">{t('task.commentRequired')}</Typography.Text> : null}
      <ErrorAlert error={error} testId="answer-error" />
      <Button type="primary" style={{ marginTop: 8 }} disabled={agree === undefined} loading={pending} data-testid="answer-submit"
        onClick={() => {
          setTried(true);
          if (agree === undefined || missing) return;
          onAnswer(agree, comment.trim() || undefined);
        }}>
        {t('task.confirmSubmit')}
      </Button>
    </Card>
  );
}

/** 审核服务方案: the district agrees the latest round or returns it. */
export function AgencyReviewForm({ task, onCompleted }: DomainTaskFormProps) {
  const t = useMeetingsT();
  const review = useCompleteReview();
  return (
    <WithSubject taskId={task.id}>
      {(s) => (
        <Space direction="vertical" size={12} style={{ width: '100%' }} data-testid="agency-review-form">
          <TaskStateAlerts task={task} />
          <ItemCard view={s.item} />
          <Alert type="info" showIcon message={t('task.reviewHint')} />
          <PlanRounds view={s.item} />
          {isHeldByOther(task) ? null : (
            <AgreeOrReturn agreeLabel={t('task.agree')} returnLabel={t('task.return')} pending={review.isPending} error={review.error}
              onAnswer={(agree, comment) => review.mutate({ taskId: task.id, agree, comment }, { onSuccess: onCompleted })} />
          )}
        </Space>
      )}
    </WithSubject>
  );
}

/** 实施服务并结案: the agency records deliveries, then closes with an outcome (confirmed first). */
export function AgencyCloseForm({ task, onCompleted }: DomainTaskFormProps) {
  const t = useMeetingsT();
  const label = useMeetingsLabel();
  const { modal } = App.useApp();
  const close = useCompleteClose();
  const [form] = Form.useForm<{ outcome: AgencyOutcome; summary: string }>();
  const submit = (v: { outcome: AgencyOutcome; summary: string }) =>
    modal.confirm({
      title: t('task.closeConfirmTitle'),
      content: t('task.closeConfirmBody'),
      okButtonProps: { 'data-testid': 'close-confirm' } as ButtonProps,
      onOk: () => close.mutateAsync({ taskId: task.id, outcome: v.outcome, summary: v.summary.trim() }, { onSuccess: onCompleted }).catch(() => undefined),
    });
  return (
    <WithSubject taskId={task.id}>
      {(s) => (
        <Space direction="vertical" size={12} style={{ width: '100%' }} data-testid="agency-close-form">
          <TaskStateAlerts task={task} />
          <ItemCard view={s.item} />
          {s.item.item.outcome ? <Alert type="warning" showIcon message={t('task.closeReturned')} /> : null}
          <Alert type="info" showIcon message={t('task.closeHint')} />
          <Deliveries view={s.item} canAdd={!isHeldByOther(task)} />
          <PlanRounds view={s.item} />
          {isHeldByOther(task) ? null : (
            <Card size="small">
              <ErrorAlert error={close.error} testId="close-error" />
              <Form form={form} layout="vertical" onFinish={submit}>
                <Form.Item name="outcome" label={t('common.outcome')} rules={[{ required: true }]}>
                  <Radio.Group>
                    {AGENCY_OUTCOMES.map((o) => (
                      <Radio.Button key={o} value={o}>
                        <span data-testid={`close-outcome-${o}`}>{label('outcome', o)}</span>
                      </Radio.Button>
                    ))}
                  </Radio.Group>
                </Form.Item>
                <Form.Item name="summary" label={t('task.summary')} rules={[{ required: true, whitespace: true, max: 1000 }]}>
                  <Input.TextArea rows={3} maxLength={1000} data-testid="close-summary" />
                </Form.Item>
                <Button type="primary" htmlType="submit" loading={close.isPending} data-testid="close-submit">
                  {t('task.closeSubmit')}
                </Button>
              </Form>
            </Card>
          )}
        </Space>
      )}
    </WithSubject>
  );
}

/** 确认结案: the district confirms the agency's close (outcome on the case) or returns it. */
export function AgencyConfirmForm({ task, onCompleted }: DomainTaskFormProps) {
  const t = useMeetingsT();
  const confirm = useCompleteConfirm();
  return (
    <WithSubject taskId={task.id}>
      {(s) => (
        <Space direction="vertical" size={12} style={{ width: '100%' }} data-testid="agency-confirm-form">
          <TaskStateAlerts task={task} />
          <ItemCard view={s.item} />
          <Alert type="info" showIcon message={t('task.confirmHint')} />
          <Deliveries view={s.item} canAdd={false} />
          <PlanRounds view={s.item} />
          {isHeldByOther(task) ? null : (
            <AgreeOrReturn agreeLabel={t('task.confirmClose')} returnLabel={t('task.returnClose')} pending={confirm.isPending} error={confirm.error}
              onAnswer={(agree, comment) => confirm.mutate({ taskId: task.id, confirm: agree, comment }, { onSuccess: onCompleted })} />
          )}
        </Space>
      )}
    </WithSubject>
  );
}
