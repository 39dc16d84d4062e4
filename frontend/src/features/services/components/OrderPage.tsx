import { Card, Descriptions, Skeleton, Space, Timeline } from 'antd';
import { useProcessWords } from '@/lib/process-words';
import { Link, useParams } from 'react-router-dom';
import { hasAnyRole, ROLE_GROUPS } from '@/lib/auth/roles';
import { useCurrentUser } from '@/lib/auth/current-user';
import { formatDateTime } from '@/lib/dates';
import { useIsNarrow } from '@/lib/use-is-narrow';
import { useOrder } from '../api/use-services';
import { useServicesLabel, useServicesT } from '../i18n';
import { yuan } from '../lib/dates';
import type { OrderView } from '../types';
import { DeliveryList, LoadError, OrderStatusTag, PageTitle } from './parts';

/** One order: who, what, which provider, its history and its deliveries. */
export function OrderPage() {
  const { orderNo = '' } = useParams();
  const t = useServicesT();
  const order = useOrder(orderNo);
  return (
    <div data-testid="services-order">
      <PageTitle>{t('orders.detail', { no: orderNo })}</PageTitle>
      {order.isPending ? <Skeleton active /> : order.isError ? <LoadError error={order.error} /> : <OrderDetail order={order.data} />}
    </div>
  );
}

/** The order's facts and history; used by the order page and the order task forms. */
export function OrderDetail({ order, compact = false }: { order: OrderView; compact?: boolean }) {
  const words = useProcessWords();
  const t = useServicesT();
  const label = useServicesLabel();
  const narrow = useIsNarrow();
  const user = useCurrentUser();
  const official = hasAnyRole(user, ...ROLE_GROUPS.OFFICIALS);
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Card size="small">
        <Descriptions
          size="small"
          column={narrow ? 1 : 2}
          items={[
            { key: 'recipient', label: t('common.recipient'), children: order.recipientName },
            { key: 'village', label: t('common:village'), children: order.villageName },
            { key: 'item', label: t('common.item'), children: `${order.itemName}（${order.unit}）` },
            { key: 'price', label: t('orders.unitPrice'), children: yuan(order.unitPrice) },
            { key: 'provider', label: t('common.provider'), children: order.providerName ?? t('common:none') },
            { key: 'status', label: t('common:status'), children: <OrderStatusTag status={order.status} /> },
            { key: 'card', label: t('orders.card'), children: `${order.cardNoMasked} · ${t('today.validTo', { date: order.cardValidTo })}` },
            {
              key: 'case',
              label: t('orders.caseNo'),
              children: official ? <Link to={`/cases/${encodeURIComponent(order.caseNo)}`}>{order.caseNo}</Link> : order.caseNo,
            },
            ...(order.address ? [{ key: 'address', label: t('orders.address'), children: order.address }] : []),
            ...(order.phone ? [{ key: 'phone', label: t('orders.phone'), children: order.phone }] : []),
          ]}
        />
      </Card>
      {compact ? null : (
        <>
          <Card size="small" title={t('orders.history')}>
            <Timeline
              items={order.history.map((e) => ({
                children: (
                  <>
                    {formatDateTime(e.at)} · {label('event', e.type)}
                    {` · ${words.actor(e.actorName)}`}
                    {e.detail ? ` · ${e.detail}` : ''}
                  </>
                ),
              }))}
            />
          </Card>
          <Card size="small" title={t('orders.deliveries')}>
            <DeliveryList rows={order.deliveries} />
          </Card>
        </>
      )}
    </Space>
  );
}
