import { Alert, Card, Descriptions, Empty, Skeleton, Space, Table, Tag, Timeline, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { formatDate, formatDateTime } from '@/lib/dates';
import { useProcessWords } from '@/lib/process-words';
import { useErrorMessage } from '@/lib/use-error-message';
import { useLedger } from '../api/use-tempaid';
import { useTempaidLabel, useTempaidT } from '../i18n';
import type { AidStatus, AidView } from '../types';

export { LoadError, PageTitle } from '@/components/PageParts';

const STATUS_COLORS: Record<AidStatus, string> = {
  ASSESSING: 'gold',
  DISTRICT_REVIEW: 'purple',
  AWAITING_PAYMENT: 'blue',
  PAID: 'green',
  REFUSED: 'default',
};

/** Yuan with two decimals and thousands separators. */
export function yuan(amount: number | null | undefined): string {
  if (amount === null || amount === undefined) return '';
  return amount.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

export function StatusTag({ status, testId }: { status: AidStatus; testId?: string }) {
  const label = useTempaidLabel();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid={testId}>
      {label('status', status)}
    </Tag>
  );
}

export function ErrorAlert({ error, testId }: { error: unknown; testId?: string }) {
  const message = useErrorMessage();
  if (!error) return null;
  return <Alert type="error" showIcon message={message(error)} data-testid={testId} />;
}

/** The application: person, event, amounts, decision and payment. */
export function AidSummary({ aid }: { aid: AidView }) {
  const t = useTempaidT();
  const label = useTempaidLabel();
  const money = (v: number | null | undefined) => (v === null || v === undefined ? t('common.none') : t('common.yuan', { amount: yuan(v) }));
  return (
    <Card size="small" data-testid="aid-summary">
      <Space wrap style={{ marginBottom: 8 }}>
        <Typography.Text strong>{aid.applicationNo}</Typography.Text>
        <StatusTag status={aid.status} testId="aid-status" />
        {aid.fromOneDoor ? <Tag>{t('detail.fromOneDoor')}</Tag> : null}
      </Space>
      <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
        <Descriptions.Item label={t('list.person')}>
          {aid.personName}（{aid.maskedIdNumber}）
        </Descriptions.Item>
        <Descriptions.Item label={t('list.village')}>{aid.villageName}</Descriptions.Item>
        <Descriptions.Item label={t('detail.event')}>{label('eventType', aid.eventType)}</Descriptions.Item>
        <Descriptions.Item label={t('detail.eventOn')}>{formatDate(aid.eventOn)}</Descriptions.Item>
        <Descriptions.Item label={t('form.description')} span={2}>
          {aid.eventDescription}
        </Descriptions.Item>
        <Descriptions.Item label={t('detail.requested')}>{money(aid.amountRequested)}</Descriptions.Item>
        {aid.amountAssessed != null ? <Descriptions.Item label={t('detail.assessed')}>{money(aid.amountAssessed)}</Descriptions.Item> : null}
        {aid.amountGranted != null ? (
          <Descriptions.Item label={t('detail.granted')}>
            <span data-testid="aid-granted">{money(aid.amountGranted)}</span>（{label('level', aid.decidedLevel)}）
          </Descriptions.Item>
        ) : null}
        {aid.refusalReason ? <Descriptions.Item label={t('detail.refusal')}>{aid.refusalReason}</Descriptions.Item> : null}
        {aid.paidOn ? (
          <Descriptions.Item label={t('detail.payment')}>
            <span data-testid="aid-paid">
              {money(aid.paidAmount)} · {formatDate(aid.paidOn)} · {label('method', aid.paymentMethod)}
              {aid.paymentRef ? ` · ${t('detail.paymentRef')} ${aid.paymentRef}` : ''}
            </span>
          </Descriptions.Item>
        ) : null}
        <Descriptions.Item label={t('detail.requestedBy')}>
          {aid.requestedByName ?? t('common.none')} · {formatDateTime(aid.requestedAt)}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

/** The application's history: request, decisions, payment, escalations. */
export function AidTimeline({ aid }: { aid: AidView }) {
  const t = useTempaidT();
  const label = useTempaidLabel();
  const words = useProcessWords();
  return (
    <Card size="small" title={t('detail.timeline')} data-testid="aid-timeline">
      <Timeline
        items={aid.steps.map((s, i) => ({
          key: i,
          color: s.kind === 'REFUSED' ? 'red' : s.kind === 'ESCALATED' ? 'orange' : s.kind === 'PAID' ? 'green' : 'blue',
          children: (
            <div>
              <Typography.Text strong>{label('step', s.kind)}</Typography.Text>
              {s.amount != null ? ` · ${t('common.yuan', { amount: yuan(s.amount) })}` : ''}
              <div>
                <Typography.Text type="secondary">
                  {formatDateTime(s.at)} · {words.actor(s.actorName)}
                </Typography.Text>
              </div>
              {s.note ? <div>{s.note}</div> : null}
            </div>
          ),
        }))}
      />
    </Card>
  );
}

/** The person's temporary assistance in a year: total paid and every application. */
export function LedgerCard({ personId, year }: { personId: number; year: number }) {
  const t = useTempaidT();
  const label = useTempaidLabel();
  const ledger = useLedger(personId, year);
  return (
    <Card size="small" title={t('detail.ledger', { year })} data-testid="aid-ledger">
      {ledger.isPending ? (
        <Skeleton active />
      ) : ledger.isError ? (
        <ErrorAlert error={ledger.error} />
      ) : ledger.data.entries.length === 0 ? (
        <Empty description={t('detail.ledgerEmpty')} />
      ) : (
        <>
          <Typography.Paragraph strong data-testid="ledger-total">
            {t('detail.ledgerTotal', { total: yuan(ledger.data.totalPaid), count: ledger.data.paidCount })}
          </Typography.Paragraph>
          <Table
            size="small"
            rowKey="applicationNo"
            pagination={false}
            scroll={{ x: 480 }}
            dataSource={ledger.data.entries}
            columns={[
              { title: t('list.no'), dataIndex: 'applicationNo', render: (no: string) => <Link to={`/temporary-aid/${no}`}>{no}</Link> },
              { title: t('list.event'), render: (_, e) => `${label('eventType', e.eventType)} ${formatDate(e.eventOn)}` },
              { title: t('list.status'), render: (_, e) => <StatusTag status={e.status} /> },
              { title: t('list.paid'), render: (_, e) => (e.paidAmount != null ? `${yuan(e.paidAmount)}（${formatDate(e.paidOn)}）` : t('common.none')) },
            ]}
          />
        </>
      )}
    </Card>
  );
}
