import { useState } from 'react';
import { DateField } from '@/components/DateFields';
import { Alert, Card, Empty, Skeleton, Space, Table, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { useCurrentUser } from '@/lib/auth/current-user';
import { hasAnyRole, ROLE_GROUPS } from '@/lib/auth/roles';
import { formatDateTime } from '@/lib/dates';
import { useStats, useWarnings } from '../api/use-referrals';
import { useReferralsLabel, useReferralsT } from '../i18n';
import { BATCH_STATUSES, type CharityStats, type WarningView } from '../types';
import { Forbidden, LoadError, PageTitle } from './parts';

/** 转介统计: referrals by status and charity, time from referral to first activity, stale warnings. */
export function StatsPage() {
  const user = useCurrentUser();
  const t = useReferralsT();
  const label = useReferralsLabel();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const stats = useStats({ from: from || undefined, to: to || undefined });
  const warnings = useWarnings(true);
  if (!hasAnyRole(user, ...ROLE_GROUPS.SUPERVISORS)) return <Forbidden />;
  const days = (v: number | null) => (v == null ? t('common:none') : t('common.days', { days: v }));
  return (
    <div data-testid="referrals-stats">
      <PageTitle>{t('stats.title')}</PageTitle>
      <Space wrap style={{ marginBottom: 12 }}>
        <label>
          {t('stats.from')}{' '}
          <DateField value={from} onChange={setFrom} ariaLabel={t('stats.from')} testId="stats-from" />
        </label>
        <label>
          {t('stats.to')}{' '}
          <DateField value={to} onChange={setTo} ariaLabel={t('stats.to')} testId="stats-to" />
        </label>
      </Space>
      {stats.isPending ? (
        <Skeleton active />
      ) : stats.isError ? (
        <LoadError error={stats.error} />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          {stats.data.openWarnings > 0 ? (
            <Alert type="warning" showIcon message={t('stats.openWarnings', { count: stats.data.openWarnings })} />
          ) : null}
          {stats.data.charities.length === 0 ? (
            <Empty description={t('common:empty')} />
          ) : (
            <Table<CharityStats>
              rowKey="charityCode"
              size="small"
              pagination={false}
              scroll={{ x: 900 }}
              dataSource={stats.data.charities}
              onRow={(c) => ({ 'data-testid': `stats-row-${c.charityCode}` }) as React.HTMLAttributes<HTMLElement>}
              columns={[
                { title: t('common.charity'), dataIndex: 'charityName', fixed: 'left' },
                {
                  title: t('stats.batches'),
                  render: (_, c) =>
                    BATCH_STATUSES.filter((s) => (c.batches[s] ?? 0) > 0).map((s) => (
                      <Tag key={s}>
                        {label('batchStatus', s)} {c.batches[s]}
                      </Tag>
                    )),
                },
                {
                  title: t('stats.persons'),
                  render: (_, c) =>
                    (['PENDING', 'ACCEPTED', 'DECLINED', 'CLOSED'] as const)
                      .filter((s) => (c.persons[s] ?? 0) > 0)
                      .map((s) => (
                        <Tag key={s}>
                          {label('itemStatus', s)} {c.persons[s]}
                        </Tag>
                      )),
                },
                { title: t('stats.helped'), dataIndex: 'helped' },
                { title: t('stats.notHelped'), dataIndex: 'notHelped' },
                { title: t('stats.waiting'), dataIndex: 'waitingForFirstActivity' },
                { title: `${t('stats.timeToFirst')}·${t('stats.avgDays')}`, render: (_, c) => days(c.averageDaysToFirstActivity) },
                { title: t('stats.medianDays'), render: (_, c) => days(c.medianDaysToFirstActivity) },
                { title: t('stats.maxDays'), render: (_, c) => days(c.maxDaysToFirstActivity) },
              ]}
            />
          )}
        </Space>
      )}
      <Card size="small" title={label('warningReason', 'NO_ACTIVITY')} style={{ marginTop: 16 }}>
        {warnings.isPending ? (
          <Skeleton active />
        ) : warnings.isError ? (
          <LoadError error={warnings.error} />
        ) : warnings.data.length === 0 ? (
          <Empty description={t('common:empty')} />
        ) : (
          warnings.data.map((w: WarningView) => (
            <div key={w.id}>
              <Tag color="red">{label('warningReason', w.reason)}</Tag>
              <Link to={`/referrals/${encodeURIComponent(w.batchNo)}`}>{w.batchNo}</Link> · {w.charityName} · {w.recipientName} ·{' '}
              {w.detail} · {formatDateTime(w.raisedAt)}
            </div>
          ))
        )}
      </Card>
    </div>
  );
}
