import { useState } from 'react';
import { Alert, Card, Empty, Pagination, Select, Skeleton, Space, Table, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { isApiError } from '@/lib/api-client';
import { useCurrentUser } from '@/lib/auth/current-user';
import { hasAnyRole } from '@/lib/auth/roles';
import { formatDate, formatDateTime } from '@/lib/dates';
import { useIsNarrow } from '@/lib/use-is-narrow';
import { useDepartmentReferral, useDepartmentReferrals } from '../api/use-departments';
import { useDepartmentsLabel, useDepartmentsT } from '../i18n';
import { DEPARTMENT_READERS } from '../nav';
import { REFERRAL_STATUSES, type DepartmentReferralRow, type DepartmentReferralStatus } from '../types';
import { Forbidden, LoadError, NotFound, OverdueTag, PageTitle, ReferralSummary, StatusTag } from './parts';

/** 部门转办: civil affairs sees what it referred in its area; a department what was sent to it. */
export function DepartmentReferralsPage() {
  const user = useCurrentUser();
  const t = useDepartmentsT();
  const label = useDepartmentsLabel();
  const narrow = useIsNarrow();
  const [status, setStatus] = useState<DepartmentReferralStatus | undefined>();
  const [page, setPage] = useState(0);
  const size = 20;
  const referrals = useDepartmentReferrals({ status, page, size });
  if (!hasAnyRole(user, ...DEPARTMENT_READERS)) return <Forbidden />;
  const department = hasAnyRole(user, 'DEPARTMENT_STAFF');
  const open = (r: DepartmentReferralRow) => (
    <Link to={`/departments/referrals/${encodeURIComponent(r.referralNo)}`} data-testid={`department-referral-open-${r.referralNo}`}>
      {r.referralNo}
    </Link>
  );
  return (
    <div data-testid="department-referrals">
      <PageTitle>{t('list.title')}</PageTitle>
      <Typography.Paragraph type="secondary">{department ? t('list.introDepartment') : t('list.intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select<DepartmentReferralStatus | ''>
          style={{ minWidth: 160 }}
          data-testid="department-status-filter"
          value={status ?? ''}
          onChange={(v) => {
            setStatus(v || undefined);
            setPage(0);
          }}
          options={[{ value: '', label: t('common:all') }, ...REFERRAL_STATUSES.map((s) => ({ value: s, label: label('status', s) }))]}
        />
      </Space>
      {referrals.isPending ? (
        <Skeleton active />
      ) : referrals.isError ? (
        <LoadError error={referrals.error} />
      ) : referrals.data.items.length === 0 ? (
        <Empty description={t('common:empty')} />
      ) : narrow ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          {referrals.data.items.map((r) => (
            <Card key={r.referralNo} size="small" data-testid={`department-referral-row-${r.referralNo}`}>
              <Space wrap>
                {open(r)}
                <StatusTag status={r.status} />
                <OverdueTag overdue={r.overdue} />
              </Space>
              <div>
                {r.personName} · {r.villageName}
              </div>
              <div>
                {r.departmentName} · {label('source', r.source)}
              </div>
              <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ marginBottom: 0 }}>
                {r.matter}
              </Typography.Paragraph>
              <Typography.Text type="secondary">
                {formatDateTime(r.requestedAt)}
                {r.dueOn ? ` · ${t('list.dueOn')} ${formatDate(r.dueOn)}` : ''}
              </Typography.Text>
            </Card>
          ))}
        </Space>
      ) : (
        <Table<DepartmentReferralRow>
          rowKey="referralNo"
          size="small"
          pagination={false}
          dataSource={referrals.data.items}
          onRow={(r) => ({ 'data-testid': `department-referral-row-${r.referralNo}` }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('list.referralNo'), render: (_, r) => open(r) },
            { title: t('list.person'), render: (_, r) => `${r.personName} · ${r.villageName}` },
            { title: t('list.department'), dataIndex: 'departmentName' },
            { title: t('list.matter'), dataIndex: 'matter', ellipsis: true },
            {
              title: t('common:status'),
              render: (_, r) => (
                <Space size={4}>
                  <StatusTag status={r.status} />
                  <OverdueTag overdue={r.overdue} />
                </Space>
              ),
            },
            { title: t('list.requestedAt'), render: (_, r) => formatDateTime(r.requestedAt) },
            { title: t('list.dueOn'), render: (_, r) => (r.dueOn ? formatDate(r.dueOn) : t('common:none')) },
          ]}
        />
      )}
      {referrals.data && referrals.data.total > size ? (
        <Pagination
          style={{ marginTop: 12 }}
          current={page + 1}
          pageSize={size}
          total={referrals.data.total}
          showSizeChanger={false}
          onChange={(p) => setPage(p - 1)}
        />
      ) : null}
    </div>
  );
}

/** One referral with the history of its steps. */
export function DepartmentReferralPage() {
  const user = useCurrentUser();
  const t = useDepartmentsT();
  const { referralNo = '' } = useParams();
  const referral = useDepartmentReferral(referralNo);
  if (!hasAnyRole(user, ...DEPARTMENT_READERS)) return <Forbidden />;
  return (
    <div data-testid="department-referral">
      <PageTitle>{t('detail.title', { no: referralNo })}</PageTitle>
      <div style={{ marginBottom: 12 }}>
        <Link to="/departments">{t('detail.back')}</Link>
      </div>
      {referral.isPending ? (
        <Skeleton active />
      ) : referral.isError ? (
        isApiError(referral.error, 404) || isApiError(referral.error, 400) ? (
          <NotFound />
        ) : (
          <LoadError error={referral.error} />
        )
      ) : (
        <Card>
          {referral.data.overdue && referral.data.status === 'ACCEPTED' ? (
            <Alert type="error" showIcon style={{ marginBottom: 12 }} message={t('list.overdue')} />
          ) : null}
          <ReferralSummary view={referral.data} />
        </Card>
      )}
    </div>
  );
}
