import { useState } from 'react';
import { Alert, Button, Card, Input, Radio, Skeleton, Space, Typography } from 'antd';
import { isHeldByOther, TaskStateAlerts } from '@/components/TaskStateAlerts';
import type { DomainTaskFormProps } from '@/lib/task-forms';
import { formatDateTime } from '@/lib/dates';
import {
  useCompletePlan,
  useCompletePlanApproval,
  useCompleteResponse,
  useCompleteStale,
  useReferralSubject,
} from '../api/use-referrals';
import { useReferralsLabel, useReferralsT } from '../i18n';
import type { TaskSubject } from '../types';
import { BatchHeader } from './BatchPages';
import { ItemsList, PlansSection, ApprovalHistory } from './BatchSections';
import { ErrorAlert, LoadError } from './parts';

function WithSubject({ taskId, children }: { taskId: string; children: (s: TaskSubject) => React.ReactNode }) {
  const subject = useReferralSubject(taskId);
  if (subject.isPending) return <Skeleton active />;
  if (subject.isError) return <LoadError error={subject.error} />;
  return <>{children(subject.data)}</>;
}

/** The latest return comment, shown to the charity when it revises. */
function lastReturn(subject: TaskSubject): string | null {
  const returned = [...subject.batch.approvals].reverse().find((r) => r.action === 'RETURNED');
  return returned?.comment ?? null;
}

type Decision = { accept: boolean; reason: string };

/** 处理转介名单: the charity accepts or declines each person (declined with a reason). */
export function ReferralResponseForm({ task, onCompleted }: DomainTaskFormProps) {
  return <WithSubject taskId={task.id}>{(s) => <ResponseBody subject={s} task={task} onCompleted={onCompleted} />}</WithSubject>;
}

function ResponseBody({ subject, task, onCompleted }: DomainTaskFormProps & { subject: TaskSubject }) {
  const t = useReferralsT();
  const complete = useCompleteResponse();
  const batch = subject.batch;
  const [decisions, setDecisions] = useState<Record<number, Decision>>(() =>
    Object.fromEntries(
      batch.items
        .filter((i) => i.status === 'ACCEPTED' || i.status === 'DECLINED')
        .map((i) => [i.id, { accept: i.status === 'ACCEPTED', reason: i.declineReason ?? '' }]),
    ),
  );
  const [tried, setTried] = useState(false);
  const readOnly = isHeldByOther(task);
  const undecided = batch.items.filter((i) => !decisions[i.id]);
  const missingReason = batch.items.filter((i) => decisions[i.id] && !decisions[i.id]!.accept && !decisions[i.id]!.reason.trim());
  const set = (id: number, d: Partial<Decision>) =>
    setDecisions((all) => ({ ...all, [id]: { ...(all[id] ?? { accept: true, reason: '' }), ...d } }));
  const submit = () => {
    setTried(true);
    if (undecided.length > 0 || missingReason.length > 0) return;
    complete.mutate(
      {
        taskId: task.id,
        decisions: batch.items.map((i) => ({
          itemId: i.id,
          accept: decisions[i.id]!.accept,
          ...(decisions[i.id]!.accept ? {} : { reason: decisions[i.id]!.reason.trim() }),
        })),
      },
      { onSuccess: onCompleted },
    );
  };
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }} data-testid="referral-response-form">
      <TaskStateAlerts task={task} />
      <BatchHeader batch={{ ...batch, taskId: null }} />
      <Alert type="info" showIcon message={t('task.responseHint')} />
      <ItemsList
        batch={batch}
        actions={
          readOnly
            ? undefined
            : (i) => (
                <Space direction="vertical" style={{ width: '100%' }}>
                  <Radio.Group
                    value={decisions[i.id] ? (decisions[i.id]!.accept ? 'accept' : 'decline') : undefined}
                    onChange={(e) => set(i.id, { accept: e.target.value === 'accept' })}
                  >
                    {/* Test ids on the visible labels: a Radio.Button's own input has no size to click. */}
                    <Radio.Button value="accept">
                      <span data-testid={`response-accept-${i.id}`}>{t('batch.accept')}</span>
                    </Radio.Button>
                    <Radio.Button value="decline">
                      <span data-testid={`response-decline-${i.id}`}>{t('batch.decline')}</span>
                    </Radio.Button>
                  </Radio.Group>
                  {decisions[i.id] && !decisions[i.id]!.accept ? (
                    <>
                      <Input
                        placeholder={t('batch.declineReason')}
                        maxLength={500}
                        value={decisions[i.id]!.reason}
                        onChange={(e) => set(i.id, { reason: e.target.value })}
                        status={tried && !decisions[i.id]!.reason.trim() ? 'error' : undefined}
                        data-testid={`response-reason-${i.id}`}
                      />
                      {tried && !decisions[i.id]!.reason.trim() ? (
                        <Typography.Text type="danger">{t('batch.reasonRequired')}</Typography.Text>
                      ) : null}
                    </>
                  ) : null}
                </Space>
              )
        }
      />
      {tried && undecided.length > 0 ? (
        <Alert type="error" showIcon message={t('task.pendingLeft', { count: undecided.length })} data-testid="response-pending" />
      ) : null}
      <ErrorAlert error={complete.error} testId="response-error" />
      {readOnly ? null : (
        <Button type="primary" loading={complete.isPending} onClick={submit} data-testid="response-submit">
          {t('task.responseSubmit')}
        </Button>
      )}
    </Space>
  );
}

/** 制定帮扶方案: the charity writes (or after a return revises) the plans, then submits them. */
export function ReferralPlanForm({ task, onCompleted }: DomainTaskFormProps) {
  const t = useReferralsT();
  const complete = useCompletePlan();
  return (
    <WithSubject taskId={task.id}>
      {(subject) => (
        <Space direction="vertical" size={12} style={{ width: '100%' }} data-testid="referral-plan-form">
          <TaskStateAlerts task={task} />
          <BatchHeader batch={{ ...subject.batch, taskId: null }} />
          {subject.batch.status === 'RETURNED' && lastReturn(subject) ? (
            <Alert type="warning" showIcon message={t('task.returnedWith', { comment: lastReturn(subject) })} data-testid="plan-returned" />
          ) : null}
          <Alert type="info" showIcon message={t('task.planHint')} />
          <ItemsList batch={{ ...subject.batch, items: subject.batch.items.filter((i) => i.status === 'ACCEPTED') }} />
          <PlansSection batch={subject.batch} editable={!isHeldByOther(task)} />
          <ApprovalHistory approvals={subject.batch.approvals} />
          <ErrorAlert error={complete.error} testId="plan-submit-error" />
          {isHeldByOther(task) ? null : (
            <Button type="primary" loading={complete.isPending} onClick={() => complete.mutate({ taskId: task.id }, { onSuccess: onCompleted })} data-testid="plan-submit">
              {t('task.planSubmit')}
            </Button>
          )}
        </Space>
      )}
    </WithSubject>
  );
}

/** 审核帮扶方案: the district agrees the plans or returns them with a comment. */
export function ReferralPlanApprovalForm({ task, onCompleted }: DomainTaskFormProps) {
  const t = useReferralsT();
  const review = useCompletePlanApproval();
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  return (
    <WithSubject taskId={task.id}>
      {(subject) => (
        <Space direction="vertical" size={12} style={{ width: '100%' }} data-testid="referral-review-form">
          <TaskStateAlerts task={task} />
          <BatchHeader batch={{ ...subject.batch, taskId: null }} />
          <ItemsList batch={subject.batch} />
          <PlansSection batch={subject.batch} editable={false} />
          <ApprovalHistory approvals={subject.batch.approvals} />
          <ErrorAlert error={review.error} testId="review-error" />
          {isHeldByOther(task) ? null : returning ? (
            <Card size="small">
              <Typography.Text>{t('task.comment')}</Typography.Text>
              <Input.TextArea rows={3} maxLength={1000} value={comment} onChange={(e) => setComment(e.target.value)} status={missing ? 'error' : undefined} data-testid="review-comment" />
              {missing ? <Typography.Text type="danger">{t('task.commentRequired')}</Typography.Text> : null}
              <Space style={{ marginTop: 8 }}>
                <Button
                  danger
                  type="primary"
                  loading={review.isPending}
                  onClick={() => {
                    if (!comment.trim()) return setMissing(true);
                    review.mutate({ taskId: task.id, agree: false, comment: comment.trim() }, { onSuccess: onCompleted });
                  }}
                  data-testid="review-return-submit"
                >
                  {t('task.returnSubmit')}
                </Button>
                <Button onClick={() => setReturning(false)}>{t('common:cancel')}</Button>
              </Space>
            </Card>
          ) : (
            <Space wrap>
              <Button type="primary" loading={review.isPending} onClick={() => review.mutate({ taskId: task.id, agree: true }, { onSuccess: onCompleted })} data-testid="review-agree">
                {t('task.agree')}
              </Button>
              <Button danger onClick={() => setReturning(true)} data-testid="review-return">
                {t('task.return')}
              </Button>
            </Space>
          )}
        </Space>
      )}
    </WithSubject>
  );
}

/** 督办停滞转介: the district follows up a referral without activity and records what it did. */
export function ReferralStaleForm({ task, onCompleted }: DomainTaskFormProps) {
  const t = useReferralsT();
  const label = useReferralsLabel();
  const complete = useCompleteStale();
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  return (
    <WithSubject taskId={task.id}>
      {(subject) => (
        <Space direction="vertical" size={12} style={{ width: '100%' }} data-testid="referral-stale-form">
          <TaskStateAlerts task={task} />
          <BatchHeader batch={{ ...subject.batch, taskId: null }} />
          <Alert type="warning" showIcon message={t('task.staleHint')} />
          <Card size="small">
            {subject.warnings.map((w) => (
              <div key={w.id} data-testid={`stale-warning-${w.id}`}>
                {label('warningReason', w.reason)} · {w.recipientName} · {w.detail} · {formatDateTime(w.raisedAt)}
              </div>
            ))}
          </Card>
          {isHeldByOther(task) ? null : (
            <>
              <Input.TextArea rows={3} maxLength={1000} placeholder={t('task.staleNote')} value={note} onChange={(e) => setNote(e.target.value)} status={missing ? 'error' : undefined} data-testid="stale-note" />
              {missing ? <Typography.Text type="danger">{t('task.noteRequired')}</Typography.Text> : null}
              <ErrorAlert error={complete.error} />
              <Button
                type="primary"
                loading={complete.isPending}
                onClick={() => {
                  if (!note.trim()) return setMissing(true);
                  complete.mutate({ taskId: task.id, note: note.trim() }, { onSuccess: onCompleted });
                }}
                data-testid="stale-submit"
              >
                {t('common.submit')}
              </Button>
            </>
          )}
        </Space>
      )}
    </WithSubject>
  );
}
