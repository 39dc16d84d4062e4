import { useState } from 'react';
import { formatDateTime, monthInShanghai } from '@/lib/dates';
import { Alert, App, Button, Card, Empty, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { hasAnyRole, ROLE_GROUPS } from '@/lib/auth/roles';
import { useCurrentUser } from '@/lib/auth/current-user';
import { useErrorMessage } from '@/lib/use-error-message';
import { useDrawSpotChecks, useSpotChecks, useStandards, useStandardWarnings } from '../api/use-services';
import { useServicesLabel, useServicesT } from '../i18n';
import { yuan } from '../lib/dates';
import { isDistrict } from '../lib/roles';
import type { SpotCheckRow, StandardWarning } from '../types';
import { deliverySummary, Forbidden, LoadError, MonthInput, PageTitle } from './parts';

/** 服务抽查: the month's sampled deliveries and their results; the district can draw a sample now. */
export function SpotChecksPage() {
  const user = useCurrentUser();
  const t = useServicesT();
  const label = useServicesLabel();
  const { message } = App.useApp();
  const errorText = useErrorMessage();
  const [month, setMonth] = useState(monthInShanghai());
  const checks = useSpotChecks(month || undefined);
  const draw = useDrawSpotChecks();
  if (!hasAnyRole(user, ...ROLE_GROUPS.OFFICIALS)) return <Forbidden />;
  return (
    <div data-testid="services-spot-checks">
      <PageTitle>{t('spot.title')}</PageTitle>
      <Space wrap style={{ marginBottom: 12 }}>
        <MonthInput value={month} onChange={setMonth} testId="spot-month" />
        {isDistrict(user) || hasAnyRole(user, 'ADMIN') ? (
          <Button
            onClick={() =>
              draw.mutate(month, {
                onSuccess: (r) => void message.success(t('spot.drawn', { drawn: r.drawn })),
                onError: (e) => void message.error(errorText(e)),
              })
            }
            loading={draw.isPending}
            disabled={!month}
            data-testid="spot-draw"
          >
            {t('spot.draw')}
          </Button>
        ) : null}
      </Space>
      {checks.isPending ? (
        <Skeleton active />
      ) : checks.isError ? (
        <LoadError error={checks.error} />
      ) : checks.data.length === 0 ? (
        <Empty description={t('common:empty')} />
      ) : (
        <Table<SpotCheckRow>
          rowKey="id"
          size="small"
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 640 }}
          dataSource={checks.data}
          onRow={(c) => ({ 'data-testid': `spot-row-${c.id}` }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('common.recipient'), render: (_, c) => `${c.delivery.recipientName}（${c.delivery.villageName}）` },
            { title: t('common.provider'), dataIndex: 'providerName' },
            { title: t('common.item'), render: (_, c) => deliverySummary(c.delivery) },
            {
              title: t('spot.result'),
              render: (_, c) => (
                <Tag color={c.status === 'PASSED' ? 'green' : c.status === 'FAILED' ? 'red' : 'gold'}>
                  {label('spotStatus', c.status)}
                </Tag>
              ),
            },
            { title: t('spot.method'), render: (_, c) => (c.method ? label('checkMethod', c.method) : '') },
            {
              title: t('spot.checkedBy'),
              render: (_, c) => (c.checkedBy ? `${c.checkedBy} ${formatDateTime(c.checkedAt)}` : ''),
            },
            { title: t('common.notes'), render: (_, c) => c.note ?? '' },
            {
              title: t('common:actions'),
              render: (_, c) => (c.taskId ? <Link to={`/tasks/${c.taskId}`}>{t('common:open')}</Link> : null),
            },
          ]}
        />
      )}
    </div>
  );
}

/** 服务标准预警: recipients under the monthly standard near month end. */
export function WarningsPage() {
  const user = useCurrentUser();
  const t = useServicesT();
  const [month, setMonth] = useState(monthInShanghai());
  const warnings = useStandardWarnings(month || undefined);
  const standards = useStandards();
  if (!hasAnyRole(user, ...ROLE_GROUPS.OFFICIALS)) return <Forbidden />;
  return (
    <div data-testid="services-warnings">
      <PageTitle>{t('warnings.title')}</PageTitle>
      {standards.data ? (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('warnings.standards', { ...standards.data })} />
      ) : null}
      <Space wrap style={{ marginBottom: 12 }}>
        <MonthInput value={month} onChange={setMonth} testId="warnings-month" />
      </Space>
      {warnings.isPending ? (
        <Skeleton active />
      ) : warnings.isError ? (
        <LoadError error={warnings.error} />
      ) : warnings.data.length === 0 ? (
        <Empty description={t('warnings.none')} />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          {warnings.data.map((w: StandardWarning) => (
            <Card key={w.id} size="small" data-testid={`warning-row-${w.id}`}>
              <Space wrap>
                <Link to={`/cases/${encodeURIComponent(w.caseNo)}`}>
                  <Typography.Text strong>{w.recipientName}</Typography.Text>
                </Link>
                <Typography.Text type="secondary">
                  {w.villageName} · {w.caseNo}
                </Typography.Text>
              </Space>
              <div>
                {t('warnings.services')} {w.services} · {t('warnings.qualifying')} {w.qualifyingServices} ·{' '}
                {t('common.amount')} {yuan(w.amount)} / {t('warnings.required')} {yuan(w.requiredAmount)}
              </div>
              <div>
                {w.reasons.map((r) => (
                  <Tag color="orange" key={r}>
                    {r}
                  </Tag>
                ))}
              </div>
              <Typography.Text type="secondary">
                {t('warnings.raisedAt')} {formatDateTime(w.raisedAt)}
              </Typography.Text>
            </Card>
          ))}
        </Space>
      )}
    </div>
  );
}
