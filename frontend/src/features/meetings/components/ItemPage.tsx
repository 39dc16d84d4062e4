import { Skeleton, Space } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { Forbidden } from '@/components/PageParts';
import { useCurrentUser } from '@/lib/auth/current-user';
import { hasAnyRole } from '@/lib/auth/roles';
import { useItem } from '../api/meetings';
import { useMeetingsT } from '../i18n';
import { DecideButton, Deliveries, ItemCard, LoadError, PlanRounds } from './parts';

/** One agenda item: the need, the decision, the agency's plan rounds and deliveries. */
export function ItemPage() {
  const { itemNo = '' } = useParams();
  const user = useCurrentUser();
  const t = useMeetingsT();
  const item = useItem(itemNo);
  if (!hasAnyRole(user, 'STREET_CLERK', 'DISTRICT_MANAGER', 'ADMIN', 'SOCIAL_WORK_AGENCY')) return <Forbidden testId="meetings-forbidden" />;
  if (item.isPending) return <Skeleton active />;
  if (item.isError) return <LoadError error={item.error} />;
  const view = item.data;
  const row = view.item;
  const agency = hasAnyRole(user, 'SOCIAL_WORK_AGENCY');
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }} data-testid="meeting-item-page">
      <ItemCard
        view={view}
        extra={
          <Space wrap style={{ marginTop: 8 }}>
            {hasAnyRole(user, 'DISTRICT_MANAGER') && row.status === 'SCHEDULED' ? <DecideButton item={row} /> : null}
            {row.taskId ? <Link to={`/tasks/${row.taskId}`}>{row.taskName ?? t('common.openTask')}</Link> : null}
          </Space>
        }
      />
      {row.decision === 'AGENCY' ? (
        <>
          <PlanRounds view={view} />
          <Deliveries view={view} canAdd={agency && row.status === 'AGENCY_SERVING'} />
        </>
      ) : null}
    </Space>
  );
}
