import type { ReactNode } from 'react';
import { MonthField } from '@/components/DateFields';
import { Button, Card, Empty, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { Forbidden as PageForbidden } from '@/components/PageParts';
import { useIsNarrow } from '@/lib/use-is-narrow';
import { useServicesLabel, useServicesT } from '../i18n';
import { yuan } from '../lib/dates';
import type { DeliveryRow, DeliveryStatus, OrderStatus, StatementLine, StatementStatus } from '../types';
import './services.css';
export { LoadError, PageTitle } from '@/components/PageParts';

/** This feature's 403 page (its own test id). */
export function Forbidden() {
  return <PageForbidden testId="services-forbidden" />;
}

const ORDER_COLORS: Record<OrderStatus, string> = {
  OFFERED: 'gold',
  UNASSIGNED: 'red',
  ACCEPTED: 'green',
  STOPPED: 'default',
  EXPIRED: 'default',
};
const STATEMENT_COLORS: Record<StatementStatus, string> = { DRAFT: 'default', SUBMITTED: 'gold', APPROVED: 'green' };

export function OrderStatusTag({ status }: { status: OrderStatus }) {
  const label = useServicesLabel();
  return <Tag color={ORDER_COLORS[status]}>{label('orderStatus', status)}</Tag>;
}

export function DeliveryStatusTag({ status, id }: { status: DeliveryStatus; id: number }) {
  const label = useServicesLabel();
  return (
    <Tag color={status === 'CONFIRMED' ? 'green' : 'gold'} data-testid={`delivery-status-${id}`}>
      {label('deliveryStatus', status)}
    </Tag>
  );
}

export function StatementStatusTag({ status, no }: { status: StatementStatus; no: string }) {
  const label = useServicesLabel();
  return (
    <Tag color={STATEMENT_COLORS[status]} data-testid={`statement-status-${no}`}>
      {label('statementStatus', status)}
    </Tag>
  );
}

/** A delivery in one line of text: date, time, item, minutes. */
export function deliverySummary(d: DeliveryRow): string {
  return `${d.serviceDate} ${d.startTime}–${d.endTime} · ${d.itemName} · ${d.minutes}′`;
}

/** Deliveries as cards on a phone and as a table on a desk; `action` adds buttons per row. */
export function DeliveryList({
  rows,
  action,
  testIdPrefix = 'delivery-row-',
}: {
  rows: DeliveryRow[];
  action?: (d: DeliveryRow) => ReactNode;
  testIdPrefix?: string;
}) {
  const t = useServicesT();
  const label = useServicesLabel();
  const narrow = useIsNarrow();
  if (rows.length === 0) return <Empty description={t('common:empty')} />;
  const photo = (d: DeliveryRow) =>
    d.hasPhoto ? (
      <a href={`/api/services/deliveries/${d.id}/photo`} target="_blank" rel="noreferrer">
        {t('common.viewPhoto')}
      </a>
    ) : null;
  const extraTags = (d: DeliveryRow) => (
    <>
      {d.confirmMethod ? <Tag>{label('confirmMethod', d.confirmMethod)}</Tag> : null}
      {d.flagged ? (
        <Tag color="red" title={d.flagReason ?? undefined}>
          {t('deliveries.flagged')}
        </Tag>
      ) : null}
    </>
  );
  if (narrow) {
    return (
      <Space direction="vertical" style={{ width: '100%' }}>
        {rows.map((d) => (
          <Card key={d.id} size="small" data-testid={`${testIdPrefix}${d.id}`} className="page-card">
            <Space direction="vertical" size={4} style={{ width: '100%' }}>
              <Space wrap>
                <Typography.Text strong>{d.recipientName}</Typography.Text>
                <DeliveryStatusTag status={d.status} id={d.id} />
                {extraTags(d)}
              </Space>
              <Typography.Text type="secondary">{deliverySummary(d)}</Typography.Text>
              <Typography.Text>
                {d.staffName} · {t('common:yuan', { amount: yuan(d.amount) })}
              </Typography.Text>
              {d.notes ? <Typography.Text type="secondary">{d.notes}</Typography.Text> : null}
              <Space wrap>
                {photo(d)}
                {action?.(d)}
              </Space>
            </Space>
          </Card>
        ))}
      </Space>
    );
  }
  return (
    <Table<DeliveryRow>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={rows}
      onRow={(d) => ({ 'data-testid': `${testIdPrefix}${d.id}` }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        { title: t('common.date'), render: (_, d) => `${d.serviceDate} ${d.startTime}–${d.endTime}` },
        { title: t('common.recipient'), render: (_, d) => `${d.recipientName}（${d.villageName}）` },
        { title: t('common.item'), dataIndex: 'itemName' },
        { title: t('common.minutes'), dataIndex: 'minutes' },
        { title: t('common.amount'), render: (_, d) => yuan(d.amount) },
        { title: t('common.staff'), dataIndex: 'staffName' },
        {
          title: t('common:status'),
          render: (_, d) => (
            <Space wrap size={4}>
              <DeliveryStatusTag status={d.status} id={d.id} />
              {extraTags(d)}
            </Space>
          ),
        },
        { title: t('common:actions'), render: (_, d) => <Space wrap>{photo(d)}{action?.(d)}</Space> },
      ]}
    />
  );
}

/** The lines of a statement. */
export function StatementLines({ lines }: { lines: StatementLine[] }) {
  const t = useServicesT();
  const label = useServicesLabel();
  const narrow = useIsNarrow();
  if (lines.length === 0) return <Empty description={t('statements.noLines')} />;
  if (narrow) {
    return (
      <Space direction="vertical" style={{ width: '100%' }}>
        {lines.map((l, i) => (
          <Card size="small" key={i} data-testid="statement-line" className="page-card">
            {l.type === 'DEDUCTION' ? <DeductionTag /> : null}
            <Typography.Text strong>{l.recipientName}</Typography.Text> · {l.itemName}
            <div>
              <Typography.Text type="secondary">
                {l.date} {l.startTime ?? ''}
                {l.endTime ? `–${l.endTime}` : ''} · {l.minutes}′ · {t('common:yuan', { amount: yuan(l.amount) })}
              </Typography.Text>
            </div>
            {l.type === 'DEDUCTION' ? <DeductionNote line={l} /> : null}
          </Card>
        ))}
      </Space>
    );
  }
  return (
    <Table<StatementLine & { key: number }>
      rowKey="key"
      size="small"
      pagination={false}
      dataSource={lines.map((l, i) => ({ ...l, key: i }))}
      onRow={() => ({ 'data-testid': 'statement-line' }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        {
          title: t('common.date'),
          render: (_, l) => (
            <>
              {l.type === 'DEDUCTION' ? <DeductionTag /> : null}
              {l.date}
            </>
          ),
        },
        { title: t('common.recipient'), dataIndex: 'recipientName' },
        { title: t('common.item'), dataIndex: 'itemName' },
        { title: t('common.time'), render: (_, l) => (l.startTime ? `${l.startTime}–${l.endTime ?? ''}` : '') },
        { title: t('common.minutes'), dataIndex: 'minutes' },
        { title: t('orders.unitPrice'), render: (_, l) => yuan(l.unitPrice) },
        { title: t('common.amount'), render: (_, l) => yuan(l.amount) },
        { title: t('common.staff'), render: (_, l) => l.staffName ?? '' },
        { title: t('deliveries.confirmed'), render: (_, l) => label('confirmMethod', l.confirmMethod) },
        { title: t('statements.note'), render: (_, l) => (l.type === 'DEDUCTION' ? <DeductionNote line={l} /> : null) },
      ]}
    />
  );
}

function DeductionTag() {
  const t = useServicesT();
  return (
    <Tag color="red" data-testid="statement-line-deduction">
      {t('statements.deduction')}
    </Tag>
  );
}

/** Which delivery, of which month and which approved statement, is taken back, and why. */
function DeductionNote({ line }: { line: StatementLine }) {
  const t = useServicesT();
  return (
    <Typography.Text type="danger">
      {t('statements.deductionOf', { id: line.deliveryId, month: line.month, no: line.originalStatementNo })}
      {line.reason ? ` · ${line.reason}` : ''}
    </Typography.Text>
  );
}

/** Shows a month picker as a native input (phone keyboards and pickers handle it well). */
export function MonthInput({
  value,
  onChange,
  testId,
  max,
}: {
  value: string;
  onChange: (month: string) => void;
  testId?: string;
  /** The latest month offered (`YYYY-MM`); a later one typed in is refused. */
  max?: string;
}) {
  const t = useServicesT();
  return (
    <MonthField ariaLabel={t('common.month')} value={value} max={max} testId={testId} onChange={(m) => m && onChange(m)} />
  );
}

export function ButtonLink({ to, children, testId }: { to: string; children: ReactNode; testId?: string }) {
  return (
    <Link to={to} data-testid={testId}>
      <Button size="small">{children}</Button>
    </Link>
  );
}

/** 补充结算单: a supplement of its month, numbered; nothing for the month's own statement. */
export function SupplementTag({ supplementNo, no }: { supplementNo: number; no: string }) {
  const t = useServicesT();
  if (!supplementNo) return null;
  return (
    <Tag color="purple" data-testid={`statement-supplement-${no}`}>
      {t('statements.supplement', { n: supplementNo })}
    </Tag>
  );
}

/** The deductions a statement carries and what is left to pay (a net below zero is repaid). */
export function DeductionSummary({ count, amount, net, no }: { count: number; amount: number; net: number; no: string }) {
  const t = useServicesT();
  if (!count) return null;
  return (
    <Typography.Text type="danger" data-testid={`statement-deductions-${no}`}>
      {t('statements.deductions', { count, amount: yuan(amount) })}
      {net < 0 ? ` · ${t('statements.netNegative', { amount: yuan(-net) })}` : ''}
    </Typography.Text>
  );
}
