import { useState } from 'react';
import { Button, Card, Empty, Select, Space, Table, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { MonthField } from '@/components/DateFields';
import { useCurrentUser } from '@/lib/auth/current-user';
import { hasAnyRole, ROLE_GROUPS } from '@/lib/auth/roles';
import { formatDate, monthInShanghai } from '@/lib/dates';
import { monthlyHref } from '../api/tempaid';
import { useApplications, usePolicy } from '../api/use-tempaid';
import { useTempaidLabel, useTempaidT } from '../i18n';
import { AID_STATUSES, type AidRow, type AidStatus } from '../types';
import { LoadError, PageTitle, StatusTag, yuan } from './parts';

/** 临时救助: the applications in the user's scope, the month's payment list, a new application. */
export function ListPage() {
  const user = useCurrentUser();
  const t = useTempaidT();
  const label = useTempaidLabel();
  const navigate = useNavigate();
  const policy = usePolicy();
  const [status, setStatus] = useState<AidStatus | undefined>();
  const [page, setPage] = useState(0);
  const [month, setMonth] = useState(monthInShanghai());
  const list = useApplications({ status, page, size: 20 });
  const canApply = hasAnyRole(user, ...ROLE_GROUPS.STREET_STAFF);
  return (
    <div data-testid="tempaid-list">
      <PageTitle
        extra={
          canApply ? (
            <Button type="primary" onClick={() => navigate('/temporary-aid/new')} data-testid="tempaid-new">
              {t('list.newApplication')}
            </Button>
          ) : null
        }
      >
        {t('list.title')}
      </PageTitle>
      {policy.data ? (
        <Typography.Paragraph type="secondary">{t('list.hint', { limit: yuan(policy.data.townshipLimit) })}</Typography.Paragraph>
      ) : null}
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap>
          <Select<AidStatus | ''>
            style={{ minWidth: 160 }}
            value={status ?? ''}
            onChange={(v) => {
              setStatus(v || undefined);
              setPage(0);
            }}
            aria-label={t('list.status')}
            data-testid="tempaid-status-filter"
            options={[{ value: '', label: t('list.allStatuses') }, ...AID_STATUSES.map((s) => ({ value: s, label: label('status', s) }))]}
          />
          <span style={{ minWidth: 140, display: 'inline-block' }}>
            <MonthField value={month} onChange={setMonth} max={monthInShanghai()} ariaLabel={t('list.month')} testId="tempaid-month" />
          </span>
          <Button href={monthlyHref(month)} disabled={!month} data-testid="tempaid-export">
            {t('list.export')}
          </Button>
        </Space>
      </Card>
      {list.isError ? (
        <LoadError error={list.error} />
      ) : (
        <Table<AidRow>
          rowKey="applicationNo"
          loading={list.isPending}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: <Empty description={t('list.empty')} /> }}
          scroll={{ x: 720 }}
          pagination={{ current: page + 1, pageSize: 20, total: list.data?.total ?? 0, onChange: (p) => setPage(p - 1), showSizeChanger: false }}
          columns={[
            {
              title: t('list.no'),
              dataIndex: 'applicationNo',
              render: (no: string) => (
                <Link to={`/temporary-aid/${no}`} data-testid={`tempaid-row-${no}`}>
                  {no}
                </Link>
              ),
            },
            { title: t('list.person'), dataIndex: 'personName' },
            { title: t('list.village'), dataIndex: 'villageName' },
            { title: t('list.event'), render: (_, r) => `${label('eventType', r.eventType)} ${formatDate(r.eventOn)}` },
            { title: t('list.requested'), align: 'right', render: (_, r) => yuan(r.amountRequested) },
            { title: t('list.granted'), align: 'right', render: (_, r) => (r.amountGranted != null ? yuan(r.amountGranted) : t('common.none')) },
            { title: t('list.status'), render: (_, r) => <StatusTag status={r.status} /> },
            {
              title: '',
              render: (_, r) =>
                r.taskId ? (
                  <Link to={`/tasks/${r.taskId}`} data-testid={`tempaid-task-${r.applicationNo}`}>
                    {t('common.openTask')}
                  </Link>
                ) : null,
            },
          ]}
        />
      )}
    </div>
  );
}
