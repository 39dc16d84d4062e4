import { lazy, Suspense, useEffect, useState } from 'react';
import { Alert, Button, Card, Flex, Input, Pagination, Segmented, Select, Tabs, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router-dom';
import { useIsNarrow } from '@/lib/use-is-narrow';
import { useErrorMessage } from '@/lib/use-error-message';
import { useTasks, useTaskTypes } from '../api/use-tasks';
import { readInboxQuery, writeInboxQuery } from '../lib/inbox-query';
import { useProcessWords } from '@/lib/process-words';
import { TASK_SCOPES, TASK_SORTS, type InboxQuery } from '../types';
import { TaskCards } from './TaskCards';
import { useTasksT } from '../i18n';

// The desktop table (antd Table with its filter tree) loads only on a wide screen: a phone shows cards.
const TaskTable = lazy(async () => ({ default: (await import('./TaskTable')).TaskTable }));

const PAGE_SIZE = 20;

export function TaskListPage() {
  const t = useTasksT();
  const narrow = useIsNarrow();
  const describe = useErrorMessage();
  const stepName = useProcessWords().task;
  const [params, setParams] = useSearchParams();
  const query = readInboxQuery(params);
  const tasks = useTasks(query, PAGE_SIZE);
  const types = useTaskTypes(query.scope, query.q);
  // The search box edits freely; the URL (and the query) changes on Enter or the search button.
  const [typed, setTyped] = useState(query.q);
  useEffect(() => setTyped(query.q), [query.q]);

  /** Any change but the page starts again on page 1. */
  const show = (next: Partial<InboxQuery>, replace = false) =>
    setParams(writeInboxQuery({ ...query, page: 1, ...next }), { replace });

  const items = tasks.data?.items ?? [];
  const total = tasks.data?.total ?? 0;
  const loading = tasks.isPending || (tasks.isFetching && tasks.isPlaceholderData);
  const lastPage = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const pastTheEnd = !loading && !!tasks.data && query.page > lastPage;
  const filtered = query.q !== '' || query.type !== '';

  useEffect(() => {
    // Completed tasks can leave a page number that no longer exists.
    // (`show` is left out of the dependencies: it only rewrites the URL this effect reacts to.)
    if (pastTheEnd) show({ page: lastPage }, true);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  }, [pastTheEnd, lastPage]);

  const typeOptions = (types.data ?? []).map((type) => ({
    value: type.key,
    label: t('inbox.typeCount', { name: stepName(type.key, type.name), count: type.count }),
  }));
  // A type from the URL that has no task (any more) stays selectable, so the filter shows what it is.
  if (query.type && !typeOptions.some((o) => o.value === query.type)) {
    typeOptions.push({ value: query.type, label: t('inbox.typeCount', { name: stepName(query.type, query.type), count: 0 }) });
  }

  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('inbox.title')}
        </Typography.Title>
      }
      extra={
        <Button
          icon={<ReloadOutlined spin={tasks.isFetching && !loading} />}
          onClick={() => void tasks.refetch()}
          data-testid="tasks-refresh"
          aria-label={t('inbox.refresh')}
        >
          {narrow ? null : t('inbox.refresh')}
        </Button>
      }
      styles={{ body: { paddingTop: 0, ...(narrow ? { paddingInline: 12 } : {}) } }}
    >
      <Tabs
        activeKey={query.scope}
        onChange={(key) => show({ scope: TASK_SCOPES.find((s) => s === key) ?? 'all' })}
        items={TASK_SCOPES.map((s) => ({
          key: s,
          label: <span data-testid={`tasks-tab-${s}`}>{t(`inbox.${s}`)}</span>,
        }))}
      />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        <Input.Search
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          onSearch={(value) => show({ q: value.trim() })}
          placeholder={t('inbox.search')}
          aria-label={t('inbox.searchLabel')}
          allowClear
          maxLength={50}
          enterButton
          data-testid="tasks-search"
          style={{ width: narrow ? '100%' : 260 }}
        />
        <Select
          value={query.type || undefined}
          onChange={(value?: string) => show({ type: value ?? '' })}
          options={typeOptions}
          placeholder={t('inbox.allTypes')}
          aria-label={t('inbox.type')}
          allowClear
          loading={types.isPending}
          data-testid="tasks-type"
          style={{ width: narrow ? '100%' : 240 }}
          popupMatchSelectWidth={false}
        />
        <Segmented
          value={query.sort}
          onChange={(value) => show({ sort: TASK_SORTS.find((s) => s === value) ?? 'due' })}
          options={TASK_SORTS.map((s) => ({
            value: s,
            label: <span data-testid={`tasks-sort-${s}`}>{t(s === 'due' ? 'inbox.sortDue' : 'inbox.sortCreated')}</span>,
          }))}
          aria-label={t('inbox.sort')}
        />
        <Typography.Text type="secondary" data-testid="tasks-total" data-total={total} style={{ marginInlineStart: narrow ? 0 : 'auto' }}>
          {t('inbox.count', { count: total })}
        </Typography.Text>
        {filtered && (
          <Button type="link" size="small" onClick={() => show({ q: '', type: '' })} data-testid="tasks-clear">
            {t('inbox.clear')}
          </Button>
        )}
      </Flex>
      {tasks.isError && (
        <Alert
          type="error"
          showIcon
          message={t('inbox.loadFailed')}
          description={describe(tasks.error)}
          action={
            <Button size="small" onClick={() => void tasks.refetch()}>
              {t('common:retry')}
            </Button>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      {narrow ? (
        <TaskCards tasks={items} loading={loading} filtered={filtered} />
      ) : (
        <Suspense fallback={<TaskCards tasks={[]} loading filtered={filtered} />}>
          <TaskTable tasks={items} loading={loading} filtered={filtered} />
        </Suspense>
      )}
      {total > 0 && (
        <Flex justify="flex-end" style={{ marginTop: 16 }}>
          <Pagination
            current={query.page}
            pageSize={PAGE_SIZE}
            total={total}
            onChange={(p) => show({ page: p })}
            showSizeChanger={false}
            simple={narrow}
            size={narrow ? 'small' : 'default'}
          />
        </Flex>
      )}
    </Card>
  );
}
