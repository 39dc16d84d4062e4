import { useState, type HTMLAttributes } from 'react';
import { OrgTreeSelect } from '@/components/OrgTreeSelect';
import { Alert, Button, Card, Empty, Flex, Input, List, Pagination, Select, Table, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useCurrentUser } from '@/lib/auth/current-user';
import { formatDateTime } from '@/lib/dates';
import { useErrorMessage } from '@/lib/use-error-message';
import { useIsNarrow } from '@/lib/use-is-narrow';
import { useCases } from '../api/use-cases';
import { useCasesLabel, useCasesT } from '../i18n';
import { categoryNumber } from '../lib/labels';
import { VILLAGE_CODE_PATTERN } from '../lib/lead-payload';
import { canRecordLead } from '../lib/roles';
import { CASE_STATUSES, type CaseStatus, type CaseSummary } from '../types';
import { CaseStatusTag } from './CaseStatusTag';
import './cases.css';

const PAGE_SIZE = 20;

function readStatus(value: string | null): CaseStatus | undefined {
  return CASE_STATUSES.find((s) => s === value);
}

function readPage(value: string | null): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

const caseLink = (caseNo: string) => `/cases/${encodeURIComponent(caseNo)}`;

/** Cases in the user's area: cards on phones, a table on wide screens. */
export function CaseListPage() {
  const t = useCasesT();
  const label = useCasesLabel();
  const user = useCurrentUser();
  const narrow = useIsNarrow();
  const navigate = useNavigate();
  const describe = useErrorMessage();
  const [params, setParams] = useSearchParams();
  const status = readStatus(params.get('status'));
  const q = params.get('q') ?? '';
  const village = params.get('villageCode') ?? '';
  const villageCode = VILLAGE_CODE_PATTERN.test(village) ? village : undefined;
  const page = readPage(params.get('page'));
  const [search, setSearch] = useState(q);
  const cases = useCases({ status, q: q || undefined, villageCode, page: page - 1, size: PAGE_SIZE });

  const show = (next: { status?: CaseStatus | null; q?: string; villageCode?: string; page?: number }) => {
    const query = new URLSearchParams();
    const s = next.status === undefined ? status : next.status;
    const text = (next.q ?? q).trim();
    const v = (next.villageCode ?? village).trim();
    if (s) query.set('status', s);
    if (text) query.set('q', text);
    if (v) query.set('villageCode', v);
    if ((next.page ?? 1) > 1) query.set('page', String(next.page));
    setParams(query);
  };

  const items = cases.data?.items ?? [];
  const total = cases.data?.total ?? 0;
  const loading = cases.isPending || (cases.isFetching && cases.isPlaceholderData);

  const columns: TableColumnsType<CaseSummary> = [
    {
      key: 'caseNo',
      title: t('list.caseNo'),
      render: (_, c) => (
        <Link to={caseLink(c.caseNo)} onClick={(e) => e.stopPropagation()}>
          {c.caseNo}
        </Link>
      ),
    },
    { key: 'subject', title: t('list.subject'), dataIndex: 'recipientName' },
    { key: 'village', title: t('list.village'), render: (_, c) => c.villageName ?? c.villageCode },
    { key: 'status', title: t('list.status'), render: (_, c) => <CaseStatusTag status={c.status} /> },
    {
      key: 'focusGroup',
      title: t('list.focusGroup'),
      render: (_, c) => label('focusGroup', c.focusGroup),
      responsive: ['xl'],
    },
    {
      key: 'category',
      title: t('list.category'),
      render: (_, c) => {
        const n = categoryNumber(c.recipientCategory);
        return n ? <span title={label('category', n)}>{t('categoryNo', { no: n })}</span> : t('common:none');
      },
      responsive: ['lg'],
    },
    { key: 'serviceNo', title: t('list.serviceNo'), render: (_, c) => c.serviceNo ?? t('common:none'), responsive: ['lg'] },
    { key: 'updated', title: t('list.updated'), render: (_, c) => formatDateTime(c.updatedAt) },
  ];

  return (
    <Card
      className="case-page"
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('list.title')}
        </Typography.Title>
      }
      extra={
        <Flex gap={8}>
          <Button
            icon={<ReloadOutlined spin={cases.isFetching && !loading} />}
            onClick={() => void cases.refetch()}
            aria-label={t('common:refresh')}
            data-testid="cases-refresh"
          >
            {narrow ? null : t('common:refresh')}
          </Button>
          {canRecordLead(user) && (
            <Link to="/leads/new">
              <Button type="primary" icon={<PlusOutlined />} data-testid="cases-new-lead">
                {narrow ? null : t('list.newLead')}
              </Button>
            </Link>
          )}
        </Flex>
      }
      styles={{ body: narrow ? { paddingInline: 12 } : undefined }}
    >
      <div className="case-list-filters">
        <Select<CaseStatus>
          allowClear
          size="large"
          placeholder={t('list.allStatuses')}
          aria-label={t('list.status')}
          value={status}
          onChange={(value) => show({ status: value ?? null })}
          options={CASE_STATUSES.map((s) => ({ value: s, label: label('status', s) }))}
          data-testid="cases-status-filter"
        />
        {user.orgLevel !== 'VILLAGE' && (
          <OrgTreeSelect
            value={villageCode}
            onChange={(v) => show({ villageCode: v ?? '' })}
            placeholder={t('list.villageCode')}
            ariaLabel={t('list.villageCode')}
            testId="cases-village-filter"
          />
        )}
        <Input.Search
          size="large"
          allowClear
          placeholder={t('list.search')}
          aria-label={t('list.search')}
          value={search}
          maxLength={50}
          onChange={(e) => setSearch(e.target.value)}
          onSearch={(value) => show({ q: value })}
          data-testid="cases-search"
        />
      </div>

      {cases.isError && (
        <Alert
          type="error"
          showIcon
          message={t('list.loadFailed')}
          description={describe(cases.error)}
          action={
            <Button size="small" onClick={() => void cases.refetch()}>
              {t('common:retry')}
            </Button>
          }
          style={{ marginBottom: 16 }}
        />
      )}

      {narrow ? (
        <List<CaseSummary>
          dataSource={items}
          loading={loading}
          split={false}
          locale={{ emptyText: <Empty description={t('list.empty')} /> }}
          data-testid="case-list"
          renderItem={(c) => (
            <List.Item style={{ padding: '6px 0' }}>
              <Link
                to={caseLink(c.caseNo)}
                data-testid="case-item"
                data-case-no={c.caseNo}
                style={{ display: 'block', width: '100%', color: 'inherit' }}
              >
                <Card size="small" hoverable>
                  <Flex justify="space-between" align="start" gap={8}>
                    <Typography.Text strong style={{ minWidth: 0 }}>
                      {c.recipientName}
                    </Typography.Text>
                    <CaseStatusTag status={c.status} />
                  </Flex>
                  <Typography.Text type="secondary" style={{ fontSize: 12, wordBreak: 'break-all' }}>
                    {[c.caseNo, c.villageName ?? c.villageCode].filter(Boolean).join(' · ')}
                  </Typography.Text>
                  {c.focusGroup && <div style={{ marginTop: 4, fontSize: 13 }}>{label('focusGroup', c.focusGroup)}</div>}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('list.updated')} {formatDateTime(c.updatedAt)}
                  </Typography.Text>
                </Card>
              </Link>
            </List.Item>
          )}
        />
      ) : (
        <Table<CaseSummary>
          rowKey="caseNo"
          size="middle"
          columns={columns}
          dataSource={items}
          loading={loading}
          pagination={false}
          locale={{ emptyText: t('list.empty') }}
          scroll={{ x: 'max-content' }}
          data-testid="case-list"
          onRow={(c) =>
            ({
              'data-testid': 'case-item',
              'data-case-no': c.caseNo,
              style: { cursor: 'pointer' },
              onClick: () => navigate(caseLink(c.caseNo)),
            }) as HTMLAttributes<HTMLElement>
          }
        />
      )}

      {total > 0 && (
        <Flex justify="flex-end" style={{ marginTop: 16 }}>
          <Pagination
            current={page}
            pageSize={PAGE_SIZE}
            total={total}
            onChange={(p) => show({ page: p })}
            showSizeChanger={false}
            showTotal={narrow ? undefined : (n) => t('list.total', { count: n })}
            simple={narrow}
            size={narrow ? 'small' : 'default'}
          />
        </Flex>
      )}
    </Card>
  );
}
