import { lazy, Suspense, useEffect } from 'react';
import { Alert, Button, Card, Flex, Pagination, Tabs, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router-dom';
import { useIsNarrow } from '@/lib/use-is-narrow';
import { useErrorMessage } from '@/lib/use-error-message';
import { useTasks } from '../api/use-tasks';
import { TASK_SCOPES, type TaskScope } from '../types';
import { TaskCards } from './TaskCards';
import { useTasksT } from '../i18n';

// The desktop table (antd Table with its filter tree) loads only on a wide screen: a phone shows cards.
const TaskTable = lazy(async () => ({ default: (await import('./TaskTable')).TaskTable }));

const PAGE_SIZE = 20;

function readScope(value: string | null): TaskScope {
  return TASK_SCOPES.find((s) => s === value) ?? 'all';
}

function readPage(value: string | null): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

export function TaskListPage() {
  const t = useTasksT();
  const narrow = useIsNarrow();
  const describe = useErrorMessage();
  const [params, setParams] = useSearchParams();
  const scope = readScope(params.get('scope'));
  const page = readPage(params.get('page'));
  const tasks = useTasks(scope, page - 1, PAGE_SIZE);

  const show = (next: { scope?: TaskScope; page?: number }, replace = false) => {
    const s = next.scope ?? scope;
    const p = next.page ?? 1;
    const search = new URLSearchParams();
    if (s !== 'all') search.set('scope', s);
    if (p > 1) search.set('page', String(p));
    setParams(search, { replace });
  };

  const items = tasks.data?.items ?? [];
  const total = tasks.data?.total ?? 0;
  const loading = tasks.isPending || (tasks.isFetching && tasks.isPlaceholderData);
  const lastPage = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const pastTheEnd = !loading && !!tasks.data && page > lastPage;

  useEffect(() => {
    // Completed tasks can leave a page number that no longer exists.
    // (`show` is left out of the dependencies: it only rewrites the URL this effect reacts to.)
    if (pastTheEnd) show({ page: lastPage }, true);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  }, [pastTheEnd, lastPage]);

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
        activeKey={scope}
        onChange={(key) => show({ scope: readScope(key) })}
        items={TASK_SCOPES.map((s) => ({
          key: s,
          label: <span data-testid={`tasks-tab-${s}`}>{t(`inbox.${s}`)}</span>,
        }))}
      />
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
        <TaskCards tasks={items} loading={loading} />
      ) : (
        <Suspense fallback={<TaskCards tasks={[]} loading />}>
          <TaskTable tasks={items} loading={loading} />
        </Suspense>
      )}
      {total > 0 && (
        <Flex justify="flex-end" style={{ marginTop: 16 }}>
          <Pagination
            current={page}
            pageSize={PAGE_SIZE}
            total={total}
            onChange={(p) => show({ page: p })}
            showSizeChanger={false}
            showTotal={narrow ? undefined : (n) => t('inbox.total', { count: n })}
            simple={narrow}
            size={narrow ? 'small' : 'default'}
          />
        </Flex>
      )}
    </Card>
  );
}
