import { Button, Card, Checkbox, Empty, List, Pagination, Segmented, Select, Skeleton, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { DueTag } from '@/components/DueTag';
import { Forbidden, PageTitle } from '@/components/PageParts';
import { useCurrentUser } from '@/lib/auth/current-user';
import { formatDateTime } from '@/lib/dates';
import { useIsNarrow } from '@/lib/use-is-narrow';
import { useMonitoredProcesses, useMonitoredTasks, useOverview } from '../api/monitoring';
import { TASK_STATES, type MonitoredTask, type TaskState } from '../api-types';
import { useMonitoringT, type MonitoringT } from '../i18n';
import { readTaskFilters, taskFiltersQuery, type TaskFilters } from '../lib/filters';
import { taskTarget } from '../lib/links';
import { canMonitor } from '../lib/roles';
import { BulkActions } from './BulkActions';
import { QueryError } from './parts';
import './monitoring.css';

const PAGE_SIZE = 20;

function Due({ task, t }: { task: MonitoredTask; t: MonitoringT }) {
  if (!task.due) return <Typography.Text type="secondary">{t('tasks.noDue')}</Typography.Text>;
  return (
    <Space direction="vertical" size={0}>
      <DueTag due={task.due} overdue={task.overdueWorkingDays != null} />
      {task.overdueWorkingDays != null && (
        <Typography.Text type="danger" style={{ fontSize: 12 }} data-testid="monitoring-task-overdue-days">
          {t('tasks.overdueDays', { count: task.overdueWorkingDays })}
        </Typography.Text>
      )}
    </Space>
  );
}

function Handler({ task, t }: { task: MonitoredTask; t: MonitoringT }) {
  if (task.assigneeName) return <span>{task.assigneeName}</span>;
  return (
    <Space direction="vertical" size={0}>
      <Tag>{t('tasks.unassigned')}</Tag>
      {task.groupName && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{task.groupName}</Typography.Text>}
    </Space>
  );
}

/** The click-through list behind every number of the overview: open tasks, most overdue first. */
export function TasksPage() {
  const t = useMonitoringT();
  const user = useCurrentUser();
  const narrow = useIsNarrow();
  const [params, setParams] = useSearchParams();
  const [selected, setSelected] = useState<string[]>([]);
  const allowed = canMonitor(user);
  const filters = readTaskFilters(params);
  const tasks = useMonitoredTasks({
    state: filters.state,
    processKey: filters.processKey,
    activityId: filters.activityId,
    place: filters.place,
    page: filters.page - 1,
    size: PAGE_SIZE,
  });
  const processes = useMonitoredProcesses();
  // Names for the place filter: the streets (district view) or villages (street view) of the overview.
  const overview = useOverview(undefined, allowed && !!filters.place);
  if (!allowed) return <Forbidden testId="monitoring-forbidden" />;

  const show = (next: Partial<TaskFilters>) => {
    setSelected([]);
    setParams(taskFiltersQuery({ ...filters, page: 1, ...next }));
  };
  const toggle = (taskId: string, on: boolean) =>
    setSelected((current) => (on ? [...current.filter((id) => id !== taskId), taskId] : current.filter((id) => id !== taskId)));
  const items = tasks.data?.items ?? [];
  const first = items[0];
  const stepName = filters.activityId ? (first && first.activityId === filters.activityId ? first.taskName : t('tasks.someStep')) : undefined;
  const placeName = filters.place
    ? (overview.data?.places.find((p) => p.code === filters.place)?.name ??
      (filters.place === overview.data?.scopeCode ? overview.data?.scopeName : undefined) ??
      items.find((i) => i.placeCode === filters.place)?.placeName ??
      t('tasks.somePlace'))
    : undefined;

  const open = (task: MonitoredTask) => (
    <Link to={taskTarget(task)} data-testid="monitoring-task-link">
      {task.taskName}
    </Link>
  );
  const columns: TableColumnsType<MonitoredTask> = [
    {
      key: 'task',
      title: t('tasks.task'),
      render: (_, r) => (
        <Space direction="vertical" size={0}>
          {open(r)}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.processName}
          </Typography.Text>
        </Space>
      ),
    },
    { key: 'recipient', title: t('tasks.recipient'), render: (_, r) => r.recipientName ?? t('common:none') },
    { key: 'place', title: t('tasks.placeColumn'), render: (_, r) => r.placeName ?? t('common:none') },
    { key: 'due', title: t('tasks.due'), render: (_, r) => <Due task={r} t={t} /> },
    { key: 'created', title: t('tasks.created'), render: (_, r) => formatDateTime(r.created) },
    { key: 'handler', title: t('tasks.handler'), render: (_, r) => <Handler task={r} t={t} /> },
  ];

  return (
    <div data-testid="monitoring-tasks">
      <PageTitle
        extra={
          <Link to="/monitoring">
            <Button icon={<ArrowLeftOutlined />}>{t('tasks.back')}</Button>
          </Link>
        }
      >
        {t('tasks.title')}
      </PageTitle>
      <Space wrap className="monitoring-filters" data-testid="monitoring-task-filters">
        <Segmented<TaskState>
          value={filters.state}
          onChange={(state) => show({ state })}
          options={TASK_STATES.map((s) => ({ value: s, label: t(`tasks.state.${s}`) }))}
          data-testid="monitoring-task-state"
        />
        <Select<string>
          aria-label={t('tasks.process')}
          value={filters.processKey ?? ''}
          onChange={(processKey) => show({ processKey: processKey || undefined, activityId: undefined })}
          style={{ minWidth: 180 }}
          loading={processes.isPending}
          options={[
            { value: '', label: t('tasks.allProcesses') },
            ...(processes.data ?? []).map((p) => ({ value: p.processKey, label: p.processName })),
            // A key from a link that the picker does not list (yet): still selectable, named by the rows.
            ...(filters.processKey && processes.data && !processes.data.some((p) => p.processKey === filters.processKey)
              ? [{ value: filters.processKey, label: first?.processName ?? t('tasks.process') }]
              : []),
          ]}
          data-testid="monitoring-task-process"
        />
        {stepName && (
          <Tag closable onClose={() => show({ activityId: undefined })} data-testid="monitoring-task-step">
            {t('tasks.step', { name: stepName })}
          </Tag>
        )}
        {placeName && (
          <Tag closable onClose={() => show({ place: undefined })} data-testid="monitoring-task-place">
            {t('tasks.place', { name: placeName })}
          </Tag>
        )}
        {(filters.processKey || filters.activityId || filters.place) && (
          <Button type="link" size="small" onClick={() => setParams(taskFiltersQuery({ state: filters.state }))}>
            {t('tasks.clear')}
          </Button>
        )}
      </Space>
      {items.length > 0 && <BulkActions selected={selected} onDone={() => setSelected([])} />}
      {tasks.isPending ? (
        <Skeleton active />
      ) : tasks.isError ? (
        <QueryError error={tasks.error} onRetry={() => void tasks.refetch()} />
      ) : items.length === 0 ? (
        <Empty description={t('tasks.empty')} />
      ) : narrow ? (
        <List<MonitoredTask>
          dataSource={items}
          rowKey="taskId"
          renderItem={(r) => (
            <List.Item style={{ padding: '4px 0' }}>
              <Card size="small" style={{ width: '100%' }} data-testid="monitoring-task" data-task-id={r.taskId}>
                <Space direction="vertical" size={2} style={{ width: '100%' }}>
                  <Space wrap>
                    <Checkbox
                      checked={selected.includes(r.taskId)}
                      onChange={(e) => toggle(r.taskId, e.target.checked)}
                      aria-label={t('bulk.select', { name: r.taskName })}
                      data-testid="monitoring-task-select"
                    />
                    {open(r)}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {r.processName}
                    </Typography.Text>
                  </Space>
                  <div>
                    {[r.recipientName, r.placeName].filter(Boolean).join(' · ') || t('common:none')}
                  </div>
                  <Due task={r} t={t} />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('tasks.handlerLine', { name: r.assigneeName ?? [t('tasks.unassigned'), r.groupName].filter(Boolean).join(' · ') })}
                  </Typography.Text>
                </Space>
              </Card>
            </List.Item>
          )}
        />
      ) : (
        <Table<MonitoredTask>
          rowKey="taskId"
          size="small"
          dataSource={items}
          columns={columns}
          pagination={false}
          scroll={{ x: 'max-content' }}
          rowSelection={{
            selectedRowKeys: selected,
            onChange: (keys) => setSelected(keys.map(String)),
            getCheckboxProps: (r) => ({ 'aria-label': t('bulk.select', { name: r.taskName }), 'data-testid': 'monitoring-task-select' }) as object,
          }}
          onRow={(r) => ({ 'data-testid': 'monitoring-task', 'data-task-id': r.taskId }) as React.HTMLAttributes<HTMLElement>}
        />
      )}
      {tasks.data && tasks.data.total > PAGE_SIZE ? (
        <Pagination
          style={{ marginTop: 12 }}
          current={filters.page}
          pageSize={PAGE_SIZE}
          total={tasks.data.total}
          showSizeChanger={false}
          simple={narrow}
          showTotal={(total) => t('common:total', { total })}
          onChange={(page) => show({ page })}
        />
      ) : null}
    </div>
  );
}
