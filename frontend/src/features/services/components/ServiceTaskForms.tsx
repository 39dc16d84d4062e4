import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Input, Popconfirm, Radio, Skeleton, Space, Typography } from 'antd';
import type { ButtonProps } from 'antd';
import { isHeldByOther, TaskStateAlerts } from '@/components/TaskStateAlerts';
import type { DomainTaskFormProps } from '@/lib/task-forms';
import { formatDateTime } from '@/lib/dates';
import { useErrorMessage } from '@/lib/use-error-message';
import { useIsNarrow } from '@/lib/use-is-narrow';
import { statementExportUrl } from '../api/services';
import {
  useCandidates,
  useChooseProvider,
  useRecordSpotCheck,
  useRespondToOrder,
  useApproveStatement,
  useTaskSubject,
} from '../api/use-services';
import { useServicesLabel, useServicesT } from '../i18n';
import { yuan } from '../lib/dates';
import type { CheckMethod, TaskSubject } from '../types';
import { OrderDetail } from './OrderPage';
import { DeductionSummary, deliverySummary, LoadError, StatementLines, StatementStatusTag, SupplementTag } from './parts';

/** Loads the task's subject (order, spot check or statement) and renders `children` with it. */
function WithSubject({ taskId, children }: { taskId: string; children: (subject: TaskSubject) => React.ReactNode }) {
  const subject = useTaskSubject(taskId);
  if (subject.isPending) return <Skeleton active />;
  if (subject.isError) return <LoadError error={subject.error} />;
  return <>{children(subject.data)}</>;
}

function SubmitError({ error }: { error: unknown }) {
  const errorText = useErrorMessage();
  return error ? <Alert type="error" showIcon message={errorText(error)} data-testid="service-task-error" /> : null;
}

/** 接单确认: the provider accepts the order, or declines it with a reason. */
export function OrderResponseForm({ task, onCompleted }: DomainTaskFormProps) {
  const t = useServicesT();
  const respond = useRespondToOrder();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const readOnly = isHeldByOther(task);
  const decline = () => {
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    respond.mutate({ taskId: task.id, accept: false, reason: reason.trim() }, { onSuccess: onCompleted });
  };
  return (
    <WithSubject taskId={task.id}>
      {({ order }) =>
        order ? (
          <Space direction="vertical" size={12} style={{ width: '100%' }} data-testid="order-response-form">
            <TaskStateAlerts task={task} />
            {order.status === 'OFFERED' && order.respondBy ? (
              <Alert type="info" showIcon message={t('task.respondBy', { at: formatDateTime(order.respondBy) })} />
            ) : null}
            <OrderDetail order={order} compact />
            <SubmitError error={respond.error} />
            {readOnly ? null : declining ? (
              <Card size="small">
                <Typography.Text>{t('task.reason')}</Typography.Text>
                <Input.TextArea
                  rows={3}
                  maxLength={500}
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                  status={missing ? 'error' : undefined}
                  data-testid="order-response-reason"
                />
                {missing ? <Typography.Text type="danger">{t('task.reasonRequired')}</Typography.Text> : null}
                <Space style={{ marginTop: 8 }} wrap>
                  <Button danger type="primary" loading={respond.isPending} onClick={decline} data-testid="order-response-decline-submit">
                    {t('task.declineSubmit')}
                  </Button>
                  <Button onClick={() => setDeclining(false)}>{t('common:cancel')}</Button>
                </Space>
              </Card>
            ) : (
              <Space wrap>
                <Button
                  type="primary"
                  size="large"
                  loading={respond.isPending}
                  onClick={() => respond.mutate({ taskId: task.id, accept: true }, { onSuccess: onCompleted })}
                  data-testid="order-response-accept"
                >
                  {t('task.accept')}
                </Button>
                <Button size="large" danger onClick={() => setDeclining(true)} data-testid="order-response-decline">
                  {t('task.decline')}
                </Button>
              </Space>
            )}
          </Space>
        ) : (
          <Alert type="error" showIcon message={t('task.loadFailed')} />
        )
      }
    </WithSubject>
  );
}

/** 指派服务机构: no provider took the order; the street office chooses one under contract. */
export function OrderProviderForm({ task, onCompleted }: DomainTaskFormProps) {
  return <WithSubject taskId={task.id}>{(s) => <ChooseProvider subject={s} task={task} onCompleted={onCompleted} />}</WithSubject>;
}

function ChooseProvider({ subject, task, onCompleted }: DomainTaskFormProps & { subject: TaskSubject }) {
  const t = useServicesT();
  const order = subject.order;
  const candidates = useCandidates(order?.orderNo);
  const choose = useChooseProvider();
  const [choice, setChoice] = useState<string | undefined>();
  const [missing, setMissing] = useState(false);
  if (!order) return <Alert type="error" showIcon message={t('task.loadFailed')} />;
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }} data-testid="order-provider-form">
      <TaskStateAlerts task={task} />
      <OrderDetail order={order} />
      <Card size="small" title={t('task.chooseProvider')}>
        {candidates.isPending ? (
          <Skeleton active />
        ) : candidates.isError ? (
          <LoadError error={candidates.error} />
        ) : candidates.data.length === 0 ? (
          <Alert type="warning" showIcon message={t('task.noCandidates')} />
        ) : (
          <Radio.Group value={choice} onChange={(e) => setChoice(e.target.value as string)}>
            <Space direction="vertical">
              {candidates.data.map((c) => (
                <Radio key={c.providerCode} value={c.providerCode} data-testid={`order-provider-option-${c.providerCode}`}>
                  {c.providerName} · {c.contractNo} · {yuan(c.unitPrice)}
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        )}
        {missing ? <div><Typography.Text type="danger">{t('task.chooseRequired')}</Typography.Text></div> : null}
      </Card>
      <SubmitError error={choose.error} />
      {isHeldByOther(task) ? null : (
        <Button
          type="primary"
          loading={choose.isPending}
          onClick={() => {
            if (!choice) {
              setMissing(true);
              return;
            }
            choose.mutate({ taskId: task.id, providerCode: choice }, { onSuccess: onCompleted });
          }}
          data-testid="order-provider-submit"
        >
          {t('task.assign')}
        </Button>
      )}
    </Space>
  );
}

/** 服务抽查核实: was the sampled delivery real? */
export function SpotCheckForm({ task, onCompleted }: DomainTaskFormProps) {
  const t = useServicesT();
  const label = useServicesLabel();
  const narrow = useIsNarrow();
  const record = useRecordSpotCheck();
  const [passed, setPassed] = useState<boolean | undefined>();
  const [method, setMethod] = useState<CheckMethod>('VISIT');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = () => {
    if (passed === undefined) {
      setProblem(t('task.spotHint'));
      return;
    }
    if (!passed && !note.trim()) {
      setProblem(t('task.noteRequired'));
      return;
    }
    setProblem(null);
    record.mutate(
      { taskId: task.id, body: { passed, method, ...(note.trim() ? { note: note.trim() } : {}) } },
      { onSuccess: onCompleted },
    );
  };
  return (
    <WithSubject taskId={task.id}>
      {({ spotCheck }) =>
        spotCheck ? (
          <Space direction="vertical" size={12} style={{ width: '100%' }} data-testid="spot-check-form">
            <TaskStateAlerts task={task} />
            <Card size="small" title={t('task.spotTitle')}>
              <Descriptions
                size="small"
                column={narrow ? 1 : 2}
                items={[
                  { key: 'r', label: t('common.recipient'), children: `${spotCheck.delivery.recipientName}（${spotCheck.delivery.villageName}）` },
                  { key: 'p', label: t('common.provider'), children: spotCheck.providerName },
                  { key: 'd', label: t('common.item'), children: deliverySummary(spotCheck.delivery) },
                  { key: 's', label: t('common.staff'), children: spotCheck.delivery.staffName },
                  { key: 'c', label: t('deliveries.confirmed'), children: label('confirmMethod', spotCheck.delivery.confirmMethod) },
                  { key: 'n', label: t('common.notes'), children: spotCheck.delivery.notes ?? '' },
                ]}
              />
              <Typography.Paragraph type="secondary">{t('task.spotHint')}</Typography.Paragraph>
            </Card>
            {isHeldByOther(task) ? null : (
              <>
                <Space wrap>
                  <Radio.Group value={passed} onChange={(e) => setPassed(e.target.value as boolean)}>
                    {/* The test ids sit on the visible labels: a Radio.Button's own input is 0×0 and cannot be clicked. */}
                    <Radio.Button value>
                      <span data-testid="spot-check-passed">{t('task.passed')}</span>
                    </Radio.Button>
                    <Radio.Button value={false}>
                      <span data-testid="spot-check-failed">{t('task.failed')}</span>
                    </Radio.Button>
                  </Radio.Group>
                  <Radio.Group value={method} onChange={(e) => setMethod(e.target.value as CheckMethod)} data-testid="spot-check-method">
                    <Radio value="VISIT">{label('checkMethod', 'VISIT')}</Radio>
                    <Radio value="PHONE">{label('checkMethod', 'PHONE')}</Radio>
                  </Radio.Group>
                </Space>
                <Input.TextArea
                  rows={3}
                  maxLength={500}
                  placeholder={t('task.note')}
                  value={note}
                  onChange={(e) => setNote(e.target.value)}
                  data-testid="spot-check-note"
                />
                {problem ? <Alert type="error" showIcon message={problem} /> : null}
                <SubmitError error={record.error} />
                <Button type="primary" loading={record.isPending} onClick={submit} data-testid="spot-check-submit">
                  {t('task.submit')}
                </Button>
              </>
            )}
          </Space>
        ) : (
          <Alert type="error" showIcon message={t('task.loadFailed')} />
        )
      }
    </WithSubject>
  );
}

/** 审核月度结算单: the street approves (locks) the statement or returns it with a comment. */
export function StatementApprovalForm({ task, onCompleted }: DomainTaskFormProps) {
  const t = useServicesT();
  const label = useServicesLabel();
  const review = useApproveStatement();
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  return (
    <WithSubject taskId={task.id}>
      {({ statement }) =>
        statement ? (
          <Space direction="vertical" size={12} style={{ width: '100%' }} data-testid="statement-review-form">
            <TaskStateAlerts task={task} />
            <Card
              size="small"
              title={t('task.statementTitle', { no: statement.statement.statementNo })}
              extra={
                <a href={statementExportUrl(statement.statement.statementNo)} download data-testid="statement-review-export">
                  {t('statements.export')}
                </a>
              }
            >
              <Space wrap>
                <StatementStatusTag status={statement.statement.status} no={statement.statement.statementNo} />
                <SupplementTag supplementNo={statement.statement.supplementNo} no={statement.statement.statementNo} />
                {label('statementKind', statement.statement.kind)} · {statement.statement.partyName} ·{' '}
                {statement.statement.streetName} · {statement.statement.month}
              </Space>
              <div>
                <Typography.Text strong>
                  {t('statements.lines')} {statement.statement.lineCount} · {t('statements.total')}{' '}
                  {yuan(statement.statement.totalAmount)}
                </Typography.Text>
              </div>
              <DeductionSummary
                count={statement.statement.deductionCount}
                amount={statement.statement.deductionAmount}
                net={statement.statement.totalAmount}
                no={statement.statement.statementNo}
              />
            </Card>
            <StatementLines lines={statement.lines} />
            <SubmitError error={review.error} />
            {isHeldByOther(task) ? null : returning ? (
              <Card size="small">
                <Typography.Text>{t('task.comment')}</Typography.Text>
                <Input.TextArea
                  rows={3}
                  maxLength={500}
                  value={comment}
                  onChange={(e) => setComment(e.target.value)}
                  status={missing ? 'error' : undefined}
                  data-testid="statement-review-comment"
                />
                {missing ? <Typography.Text type="danger">{t('task.commentRequired')}</Typography.Text> : null}
                <Space style={{ marginTop: 8 }} wrap>
                  <Button
                    danger
                    type="primary"
                    loading={review.isPending}
                    onClick={() => {
                      if (!comment.trim()) {
                        setMissing(true);
                        return;
                      }
                      review.mutate({ taskId: task.id, approve: false, comment: comment.trim() }, { onSuccess: onCompleted });
                    }}
                    data-testid="statement-review-return-submit"
                  >
                    {t('task.returnSubmit')}
                  </Button>
                  <Button onClick={() => setReturning(false)}>{t('common:cancel')}</Button>
                </Space>
              </Card>
            ) : (
              <Space wrap>
                <Popconfirm
                  title={t('task.approveConfirm')}
                  okText={t('statements.confirm')}
                  cancelText={t('common:cancel')}
                  okButtonProps={{ 'data-testid': 'statement-review-approve-confirm' } as ButtonProps}
                  onConfirm={() => review.mutate({ taskId: task.id, approve: true }, { onSuccess: onCompleted })}
                >
                  <Button type="primary" loading={review.isPending} data-testid="statement-review-approve">
                    {t('task.approve')}
                  </Button>
                </Popconfirm>
                <Button danger onClick={() => setReturning(true)} data-testid="statement-review-return">
                  {t('task.return')}
                </Button>
              </Space>
            )}
          </Space>
        ) : (
          <Alert type="error" showIcon message={t('task.loadFailed')} />
        )
      }
    </WithSubject>
  );
}
