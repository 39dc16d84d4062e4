import { useState, type FormEvent } from 'react';
import { colon } from '@/i18n';
import { Alert, Button, Card, Empty, Input, List, Pagination, Select, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useCurrentUser } from '@/lib/auth/current-user';
import { isAdmin } from '@/lib/auth/roles';
import { Forbidden, LoadError, PageTitle } from '@/components/PageParts';
import { formatDateTime } from '@/lib/dates';
import { useIsNarrow } from '@/lib/use-is-narrow';
import { useAccessLog } from '../api/access-log';
import { useAuditT } from '../i18n';
import { ACCESS_ACTIONS, type AccessAction, type AccessLogEntry, type AccessLogFilters } from '../types';

const PAGE_SIZE = 20;
const ID_NUMBER = /^\d{17}[\dXx]$/;

interface Draft {
  idNumber: string;
  name: string;
  user: string;
  from: string;
  to: string;
  action: AccessAction | '';
}

const EMPTY: Draft = { idNumber: '', name: '', user: '', from: '', to: '', action: '' };

function toFilters(d: Draft, page: number): AccessLogFilters {
  return {
    idNumber: d.idNumber.trim().toUpperCase() || undefined,
    name: d.name.trim() || undefined,
    user: d.user.trim() || undefined,
    from: d.from || undefined,
    to: d.to || undefined,
    action: d.action || undefined,
    page,
    size: PAGE_SIZE,
  };
}

/** 访问日志: who saw whose personal data, when and from where (administrators only). */
export function AccessLogPage() {
  const user = useCurrentUser();
  const t = useAuditT();
  const narrow = useIsNarrow();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [applied, setApplied] = useState<Draft>(EMPTY);
  const [page, setPage] = useState(0);
  const idInvalid = draft.idNumber.trim() !== '' && !ID_NUMBER.test(draft.idNumber.trim());
  const log = useAccessLog(toFilters(applied, page), isAdmin(user));
  if (!isAdmin(user)) return <Forbidden testId="access-log-forbidden" />;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (idInvalid) return;
    setApplied(draft);
    setPage(0);
  };
  const reset = () => {
    setDraft(EMPTY);
    setApplied(EMPTY);
    setPage(0);
  };
  const set = (key: keyof Draft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));

  const who = (r: AccessLogEntry) => r.userName || r.username;
  const person = (r: AccessLogEntry) =>
    r.personName ? (
      <span>
        {r.personName} <Typography.Text type="secondary">{r.personIdNumber}</Typography.Text>
      </span>
    ) : (
      t('noPerson')
    );
  const what = (r: AccessLogEntry) => {
    if (r.action === 'ROSTER_EXPORT') return t('exported', { scope: r.scopeName ?? '', count: r.itemCount ?? 0 });
    if (r.action === 'PERSON_SEARCH' || r.action === 'AUDIT_SEARCH') return `${r.resource}（${t('hits', { count: r.itemCount ?? 0 })}）`;
    return r.resource;
  };
  const action = (r: AccessLogEntry) => <Tag color={r.action === 'ROSTER_EXPORT' ? 'orange' : r.action === 'AUDIT_SEARCH' ? 'purple' : 'blue'}>{t(`action.${r.action}`)}</Tag>;
  const data = log.data;

  return (
    <div data-testid="access-log">
      <PageTitle>{t('title')}</PageTitle>
      <Alert type="info" showIcon message={t('hint')} style={{ marginBottom: 12 }} />
      <form onSubmit={submit} data-testid="access-log-filters">
        <Space wrap style={{ marginBottom: 12 }} align="start">
          <div>
            <Input
              aria-label={t('filters.idNumber')}
              placeholder={t('filters.idNumber')}
              value={draft.idNumber}
              maxLength={18}
              status={idInvalid ? 'error' : undefined}
              onChange={(e) => set('idNumber')(e.target.value)}
              style={{ width: 200 }}
              data-testid="filter-id-number"
            />
            {idInvalid ? <div className="ant-form-item-explain-error">{t('filters.idNumberInvalid')}</div> : null}
          </div>
          <Input aria-label={t('filters.name')} placeholder={t('filters.name')} value={draft.name} maxLength={50} onChange={(e) => set('name')(e.target.value)} style={{ width: 140 }} data-testid="filter-name" />
          <Input aria-label={t('filters.user')} placeholder={t('filters.user')} value={draft.user} maxLength={64} onChange={(e) => set('user')(e.target.value)} style={{ width: 180 }} data-testid="filter-user" />
          <label>
            {t('filters.from')}{' '}
            <input type="date" className="native-input" value={draft.from} onChange={(e) => set('from')(e.target.value)} data-testid="filter-from" />
          </label>
          <label>
            {t('filters.to')}{' '}
            <input type="date" className="native-input" value={draft.to} onChange={(e) => set('to')(e.target.value)} data-testid="filter-to" />
          </label>
          <Select<AccessAction | ''>
            aria-label={t('filters.action')}
            style={{ minWidth: 160 }}
            value={draft.action}
            onChange={(v) => set('action')(v)}
            options={[{ value: '', label: t('filters.allActions') }, ...ACCESS_ACTIONS.map((a) => ({ value: a, label: t(`action.${a}`) }))]}
            data-testid="filter-action"
          />
          <Button type="primary" htmlType="submit" disabled={idInvalid} data-testid="access-log-search">
            {t('filters.search')}
          </Button>
          <Button onClick={reset}>{t('filters.reset')}</Button>
        </Space>
      </form>
      {log.isPending ? (
        <Skeleton active />
      ) : log.isError ? (
        <LoadError error={log.error} />
      ) : !data || data.items.length === 0 ? (
        <Empty description={t('empty')} />
      ) : narrow ? (
        <List<AccessLogEntry>
          dataSource={data.items}
          rowKey="id"
          renderItem={(r) => (
            <List.Item style={{ padding: '4px 0' }}>
              <Card size="small" style={{ width: '100%' }} data-testid="access-log-card">
                <Space direction="vertical" size={2} style={{ width: '100%' }}>
                  <Space wrap>
                    {action(r)}
                    <Typography.Text type="secondary">{formatDateTime(r.occurredAt)}</Typography.Text>
                  </Space>
                  <div>
                    {t('columns.user')}{colon()}{who(r)}
                  </div>
                  <div>
                    {t('columns.person')}{colon()}{person(r)}
                  </div>
                  <div style={{ wordBreak: 'break-all' }}>
                    {t('columns.resource')}{colon()}{what(r)}
                  </div>
                  <Typography.Text type="secondary">
                    {t('columns.from')}{colon()}{r.clientIp}
                  </Typography.Text>
                </Space>
              </Card>
            </List.Item>
          )}
        />
      ) : (
        <Table<AccessLogEntry>
          rowKey="id"
          size="small"
          dataSource={data.items}
          pagination={false}
          data-testid="access-log-table"
          columns={[
            { key: 'time', title: t('columns.time'), render: (_, r) => formatDateTime(r.occurredAt), width: 150 },
            { key: 'user', title: t('columns.user'), render: (_, r) => who(r) },
            { key: 'action', title: t('columns.action'), render: (_, r) => action(r) },
            { key: 'person', title: t('columns.person'), render: (_, r) => person(r) },
            { key: 'resource', title: t('columns.resource'), render: (_, r) => what(r) },
            { key: 'from', title: t('columns.from'), render: (_, r) => <span title={r.userAgent ?? undefined}>{r.clientIp}</span> },
          ]}
        />
      )}
      {data && data.total > PAGE_SIZE ? (
        <Pagination
          style={{ marginTop: 12 }}
          current={page + 1}
          pageSize={PAGE_SIZE}
          total={data.total}
          showSizeChanger={false}
          simple={narrow}
          showTotal={(total) => t('total', { total })}
          onChange={(p) => setPage(p - 1)}
        />
      ) : null}
    </div>
  );
}
