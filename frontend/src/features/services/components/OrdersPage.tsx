import { useState } from 'react';
import { Card, Empty, Input, Pagination, Select, Skeleton, Space, Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { hasAnyRole, ROLE_GROUPS } from '@/lib/auth/roles';
import { useCurrentUser } from '@/lib/auth/current-user';
import { formatDateTime } from '@/lib/dates';
import { useIsNarrow } from '@/lib/use-is-narrow';
import { useOrders } from '../api/use-services';
import { useServicesLabel, useServicesT } from '../i18n';
import { ORDER_STATUSES, type OrderRow, type OrderStatus } from '../types';
import { Forbidden, LoadError, OrderStatusTag, PageTitle } from './parts';

/** 服务工单: the orders in the user's scope (a provider: its own). */
export function OrdersPage() {
  const user = useCurrentUser();
  const t = useServicesT();
  const label = useServicesLabel();
  const narrow = useIsNarrow();
  const [status, setStatus] = useState<OrderStatus | undefined>();
  const [text, setText] = useState('');
  const [page, setPage] = useState(0);
  const size = 20;
  const orders = useOrders({ status, text: text || undefined, page, size });
  if (!hasAnyRole(user, ...ROLE_GROUPS.OFFICIALS_AND_PROVIDERS)) {
    return <Forbidden />;
  }
  const link = (o: OrderRow) => (
    <Link to={`/services/orders/${encodeURIComponent(o.orderNo)}`} data-testid={`order-open-${o.orderNo}`}>
      {o.orderNo}
    </Link>
  );
  return (
    <div data-testid="services-orders">
      <PageTitle>{t('orders.title')}</PageTitle>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select<OrderStatus | ''>
          style={{ minWidth: 120 }}
          value={status ?? ''}
          onChange={(v) => { setStatus(v || undefined); setPage(0); }}
          options={[{ value: '', label: t('common:all') }, ...ORDER_STATUSES.map((s) => ({ value: s, label: label('orderStatus', s) }))]}
          data-testid="orders-status"
        />
        <Input.Search
          allowClear
          placeholder={t('orders.textPlaceholder')}
          onSearch={(v) => { setText(v.trim()); setPage(0); }}
          data-testid="orders-text"
        />
      </Space>
      {orders.isPending ? (
        <Skeleton active />
      ) : orders.isError ? (
        <LoadError error={orders.error} />
      ) : orders.data.items.length === 0 ? (
        <Empty description={t('common:empty')} />
      ) : narrow ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          {orders.data.items.map((o) => (
            <Card key={o.orderNo} size="small" data-testid={`order-row-${o.orderNo}`}>
              <Space wrap>
                <Typography.Text strong>{o.recipientName}</Typography.Text>
                {o.itemName}
                <OrderStatusTag status={o.status} />
              </Space>
              <div>
                <Typography.Text type="secondary">
                  {o.villageName} · {o.providerName ?? t('common:none')}
                </Typography.Text>
              </div>
              {link(o)}
            </Card>
          ))}
        </Space>
      ) : (
        <Table<OrderRow>
          rowKey="orderNo"
          size="small"
          pagination={false}
          dataSource={orders.data.items}
          onRow={(o) => ({ 'data-testid': `order-row-${o.orderNo}` }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('orders.orderNo'), render: (_, o) => link(o) },
            { title: t('common.recipient'), dataIndex: 'recipientName' },
            { title: t('common:village'), dataIndex: 'villageName' },
            { title: t('common.item'), dataIndex: 'itemName' },
            { title: t('common.provider'), render: (_, o) => o.providerName ?? t('common:none') },
            { title: t('common:status'), render: (_, o) => <OrderStatusTag status={o.status} /> },
            { title: t('orders.respondBy'), render: (_, o) => (o.status === 'OFFERED' ? formatDateTime(o.respondBy) : '') },
          ]}
        />
      )}
      {orders.data ? (
        <Pagination
          style={{ marginTop: 12 }}
          size="small"
          current={page + 1}
          pageSize={size}
          total={orders.data.total}
          showTotal={(total) => t('common:total', { total })}
          onChange={(p) => setPage(p - 1)}
          showSizeChanger={false}
        />
      ) : null}
    </div>
  );
}
