import { useState } from 'react';
import { Alert, Button, Card, Input, InputNumber, Popconfirm, Radio, Select, Skeleton, Space, Typography } from 'antd';
import { DateField } from '@/components/DateFields';
import { isHeldByOther, TaskStateAlerts } from '@/components/TaskStateAlerts';
import { todayInShanghai } from '@/lib/dates';
import type { DomainTaskFormProps } from '@/lib/task-forms';
import { useAidSubject, useCompleteApproval, useCompleteAssess, useCompletePayment } from '../api/use-tempaid';
import { useTempaidLabel, useTempaidT } from '../i18n';
import { PAYMENT_METHODS, type AidView, type Decision, type PaymentMethod } from '../types';
import { AidSummary, AidTimeline, ErrorAlert, LedgerCard, LoadError, yuan } from './parts';
import dayjs from 'dayjs';

function WithSubject({ taskId, children }: { taskId: string; children: (aid: AidView) => React.ReactNode }) {
  const subject = useAidSubject(taskId);
  if (subject.isPending) return <Skeleton active />;
  if (subject.isError) return <LoadError error={subject.error} />;
  return <>{children(subject.data.application)}</>;
}

/** What the street office may decide for an amount: the rule the server enforces, shown before submitting. */
export function assessProblem(decision: Decision | undefined, amount: number | null | undefined, limit: number): 'amount' | 'overLimit' | 'underLimit' | null {
  if (!decision || decision === 'REFUSE') return null;
  if (amount === null || amount === undefined || amount <= 0) return 'amount';
  if (decision === 'GRANT' && amount > limit) return 'overLimit';
  if (decision === 'REFER' && amount <= limit) return 'underLimit';
  return null;
}

function Context({ aid, task }: { aid: AidView; task: DomainTaskFormProps['task'] }) {
  return (
    <>
      <TaskStateAlerts task={task} />
      <AidSummary aid={aid} />
      <LedgerCard personId={aid.personId} year={dayjs(aid.requestedAt).year()} />
      <AidTimeline aid={aid} />
    </>
  );
}

/** 审核临时救助申请: the street grants within the delegated amount, refers above it, or refuses. */
export function AssessForm({ task, onCompleted }: DomainTaskFormProps) {
  return <WithSubject taskId={task.id}>{(aid) => <AssessBody aid={aid} task={task} onCompleted={onCompleted} />}</WithSubject>;
}

function AssessBody({ aid, task, onCompleted }: DomainTaskFormProps & { aid: AidView }) {
  const t = useTempaidT();
  const label = useTempaidLabel();
  const complete = useCompleteAssess();
  const limit = aid.townshipLimit;
  const [decision, setDecision] = useState<Decision | undefined>(aid.amountRequested > limit ? 'REFER' : 'GRANT');
  const [amount, setAmount] = useState<number | null>(aid.amountRequested);
  const [reason, setReason] = useState('');
  const problem = assessProblem(decision, amount, limit);
  const missingReason = decision === 'REFUSE' && !reason.trim();
  const confirm =
    decision === 'GRANT'
      ? t('task.confirmGrant', { amount: yuan(amount) })
      : decision === 'REFER'
        ? t('task.confirmRefer', { amount: yuan(amount) })
        : t('task.confirmRefuse');
  const submit = () =>
    complete.mutate(
      {
        taskId: task.id,
        body: {
          decision: decision ?? 'REFUSE',
          ...(decision !== 'REFUSE' && amount != null ? { amount } : {}),
          ...(reason.trim() ? { reason: reason.trim() } : {}),
        },
      },
      { onSuccess: onCompleted },
    );
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }} data-testid="tempaid-assess-form">
      <Context aid={aid} task={task} />
      {isHeldByOther(task) ? null : (
        <Card size="small">
          <Alert type="info" showIcon message={t('detail.limit', { limit: yuan(limit) })} style={{ marginBottom: 12 }} />
          <Typography.Text strong>{t('task.decision')}</Typography.Text>
          <Radio.Group value={decision} onChange={(e) => setDecision(e.target.value as Decision)} style={{ display: 'block', margin: '8px 0' }}>
            <Space direction="vertical">
              {(['GRANT', 'REFER', 'REFUSE'] as const).map((d) => (
                <Radio key={d} value={d} data-testid={`assess-${d}`}>
                  {label('decision', d)}
                </Radio>
              ))}
            </Space>
          </Radio.Group>
          {decision !== 'REFUSE' ? (
            <>
              <Typography.Text>{t('task.amount')}</Typography.Text>
              <InputNumber min={0.01} max={1000000} precision={2} value={amount} onChange={(v) => setAmount(v)} style={{ width: '100%' }} status={problem ? 'error' : undefined} data-testid="assess-amount" />
              {problem ? (
                <Typography.Text type="danger" data-testid="assess-problem">
                  {problem === 'amount' ? t('task.amountRequired') : t(`task.${problem}`, { limit: yuan(limit) })}
                </Typography.Text>
              ) : null}
            </>
          ) : null}
          <div style={{ marginTop: 8 }}>
            <Typography.Text>{t('task.reason')}</Typography.Text>
            <Input.TextArea rows={2} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} status={missingReason ? 'error' : undefined} data-testid="assess-reason" />
            {missingReason ? <Typography.Text type="danger">{t('task.reasonRequired')}</Typography.Text> : null}
          </div>
          <ErrorAlert error={complete.error} testId="assess-error" />
          <Popconfirm title={confirm} onConfirm={submit} okButtonProps={{ id: 'assess-confirm' }} disabled={!!problem || missingReason || !decision}>
            <Button type="primary" loading={complete.isPending} disabled={!!problem || missingReason || !decision} style={{ marginTop: 12 }} data-testid="assess-submit">
              {t('task.submit')}
            </Button>
          </Popconfirm>
        </Card>
      )}
    </Space>
  );
}

/** 审批临时救助: the district approves an amount above the street's delegated amount, or refuses. */
export function ApprovalForm({ task, onCompleted }: DomainTaskFormProps) {
  return <WithSubject taskId={task.id}>{(aid) => <ApprovalBody aid={aid} task={task} onCompleted={onCompleted} />}</WithSubject>;
}

function ApprovalBody({ aid, task, onCompleted }: DomainTaskFormProps & { aid: AidView }) {
  const t = useTempaidT();
  const complete = useCompleteApproval();
  const [amount, setAmount] = useState<number | null>(aid.amountAssessed ?? aid.amountRequested);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const send = (approve: boolean) =>
    complete.mutate(
      { taskId: task.id, body: { approve, ...(approve && amount != null ? { amount } : {}), ...(reason.trim() ? { reason: reason.trim() } : {}) } },
      { onSuccess: onCompleted },
    );
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }} data-testid="tempaid-approve-form">
      <Context aid={aid} task={task} />
      {isHeldByOther(task) ? null : (
        <Card size="small">
          <Typography.Text>{t('task.amount')}</Typography.Text>
          <InputNumber min={0.01} max={1000000} precision={2} value={amount} onChange={(v) => setAmount(v)} style={{ width: '100%' }} data-testid="approve-amount" />
          <div style={{ marginTop: 8 }}>
            <Typography.Text>{t('task.reason')}</Typography.Text>
            <Input.TextArea rows={2} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} status={tried && !reason.trim() ? 'error' : undefined} data-testid="approve-reason" />
            {tried && !reason.trim() ? <Typography.Text type="danger">{t('task.reasonRequired')}</Typography.Text> : null}
          </div>
          <ErrorAlert error={complete.error} testId="approve-error" />
          <Space wrap style={{ marginTop: 12 }}>
            <Popconfirm title={t('task.confirmApprove', { amount: yuan(amount) })} onConfirm={() => send(true)} okButtonProps={{ id: 'approve-confirm' }} disabled={!amount}>
              <Button type="primary" loading={complete.isPending} disabled={!amount} data-testid="approve-submit">
                {t('task.approve')}
              </Button>
            </Popconfirm>
            <Popconfirm
              title={t('task.confirmRefuse')}
              onConfirm={() => send(false)}
              okButtonProps={{ id: 'refuse-confirm' }}
              disabled={!reason.trim()}
            >
              <Button danger onClick={() => setTried(true)} data-testid="approve-refuse">
                {t('task.refuse')}
              </Button>
            </Popconfirm>
          </Space>
        </Card>
      )}
    </Space>
  );
}

/** 登记救助金发放: the street records the day, amount, method and reference of the payment. */
export function PaymentForm({ task, onCompleted }: DomainTaskFormProps) {
  return <WithSubject taskId={task.id}>{(aid) => <PaymentBody aid={aid} task={task} onCompleted={onCompleted} />}</WithSubject>;
}

function PaymentBody({ aid, task, onCompleted }: DomainTaskFormProps & { aid: AidView }) {
  const t = useTempaidT();
  const label = useTempaidLabel();
  const complete = useCompletePayment();
  const granted = aid.amountGranted ?? 0;
  const [paidOn, setPaidOn] = useState(todayInShanghai());
  const [amount, setAmount] = useState<number | null>(granted);
  const [method, setMethod] = useState<PaymentMethod>('BANK_TRANSFER');
  const [reference, setReference] = useState('');
  const invalid = !paidOn || !amount || amount > granted;
  const submit = () =>
    complete.mutate(
      { taskId: task.id, body: { paidOn, amount: amount ?? 0, method, ...(reference.trim() ? { reference: reference.trim() } : {}) } },
      { onSuccess: onCompleted },
    );
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }} data-testid="tempaid-payment-form">
      <Context aid={aid} task={task} />
      {isHeldByOther(task) ? null : (
        <Card size="small">
          <Alert type="info" showIcon message={t('task.payHint', { amount: yuan(granted) })} style={{ marginBottom: 12 }} />
          <Space direction="vertical" style={{ width: '100%' }}>
            <Typography.Text>{t('task.paidOn')}</Typography.Text>
            <DateField value={paidOn} onChange={setPaidOn} max={todayInShanghai()} ariaLabel={t('task.paidOn')} testId="pay-on" />
            <Typography.Text>{t('task.amount')}</Typography.Text>
            <InputNumber min={0.01} max={granted} precision={2} value={amount} onChange={(v) => setAmount(v)} style={{ width: '100%' }} data-testid="pay-amount" />
            <Typography.Text>{t('task.method')}</Typography.Text>
            <Select<PaymentMethod>
              value={method}
              onChange={setMethod}
              aria-label={t('task.method')}
              data-testid="pay-method"
              options={PAYMENT_METHODS.map((m) => ({ value: m, label: label('method', m) }))}
            />
            <Typography.Text>{t('task.reference')}</Typography.Text>
            <Input maxLength={64} value={reference} onChange={(e) => setReference(e.target.value)} data-testid="pay-reference" />
          </Space>
          <ErrorAlert error={complete.error} testId="pay-error" />
          <Popconfirm title={t('task.confirmPay', { amount: yuan(amount) })} onConfirm={submit} okButtonProps={{ id: 'pay-confirm' }} disabled={invalid}>
            <Button type="primary" loading={complete.isPending} disabled={invalid} style={{ marginTop: 12 }} data-testid="pay-submit">
              {t('task.submit')}
            </Button>
          </Popconfirm>
        </Card>
      )}
    </Space>
  );
}
