import { useState } from 'react';
import { App, Button, Pagination, Popconfirm, Select, Skeleton, Space } from 'antd';
import { hasAnyRole, ROLE_GROUPS } from '@/lib/auth/roles';
import { useCurrentUser } from '@/lib/auth/current-user';
import { useErrorMessage } from '@/lib/use-error-message';
import { useConfirmDelivery, useDeliveries } from '../api/use-services';
import { useServicesLabel, useServicesT } from '../i18n';
import { monthInShanghai } from '@/lib/dates';
import { isVillageOfficer } from '../lib/roles';
import { DELIVERY_STATUSES, type DeliveryStatus } from '../types';
import { DeliveryList, Forbidden, LoadError, MonthInput, PageTitle } from './parts';

/** 服务记录: the history of deliveries; a village officer confirms the ones still open. */
export function DeliveriesPage() {
  const user = useCurrentUser();
  const t = useServicesT();
  const label = useServicesLabel();
  const { message } = App.useApp();
  const errorText = useErrorMessage();
  const [month, setMonth] = useState(monthInShanghai());
  const [status, setStatus] = useState<DeliveryStatus | undefined>();
  const [page, setPage] = useState(0);
  const size = 20;
  const deliveries = useDeliveries({ month: month || undefined, status, page, size });
  const confirm = useConfirmDelivery();
  if (!hasAnyRole(user, ...ROLE_GROUPS.OFFICIALS_AND_PROVIDERS)) {
    return <Forbidden />;
  }
  const officer = isVillageOfficer(user);
  return (
    <div data-testid="services-deliveries">
      <PageTitle>{t('deliveries.title')}</PageTitle>
      <Space wrap style={{ marginBottom: 12 }}>
        <MonthInput value={month} onChange={(m) => { setMonth(m); setPage(0); }} testId="deliveries-month" />
        <Select<DeliveryStatus | ''>
          style={{ minWidth: 120 }}
          value={status ?? ''}
          onChange={(v) => { setStatus(v || undefined); setPage(0); }}
          options={[{ value: '', label: t('common:all') }, ...DELIVERY_STATUSES.map((s) => ({ value: s, label: label('deliveryStatus', s) }))]}
          data-testid="deliveries-status"
        />
      </Space>
      {deliveries.isPending ? (
        <Skeleton active />
      ) : deliveries.isError ? (
        <LoadError error={deliveries.error} />
      ) : (
        <>
          <DeliveryList
            rows={deliveries.data.items}
            action={(d) =>
              officer && d.status === 'RECORDED' ? (
                <Popconfirm
                  title={t('deliveries.officerConfirmQuestion')}
                  onConfirm={() =>
                    confirm.mutate(
                      { id: d.id, body: { method: 'OFFICER' } },
                      {
                        onSuccess: () => void message.success(t('deliveries.confirmed')),
                        onError: (e) => void message.error(errorText(e)),
                      },
                    )
                  }
                >
                  <Button size="small" type="primary" data-testid={`officer-confirm-${d.id}`}>
                    {t('deliveries.officerConfirm')}
                  </Button>
                </Popconfirm>
              ) : null
            }
          />
          <Pagination
            style={{ marginTop: 12 }}
            size="small"
            current={page + 1}
            pageSize={size}
            total={deliveries.data.total}
            showTotal={(total) => t('common:total', { total })}
            onChange={(p) => setPage(p - 1)}
            showSizeChanger={false}
          />
        </>
      )}
    </div>
  );
}
