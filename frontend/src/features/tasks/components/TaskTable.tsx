import type { HTMLAttributes } from 'react';
import { Table, Typography, type TableColumnsType } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { formatDateTime } from '@/lib/dates';
import type { TaskSummary } from '../types';
import { AssigneeTag } from './AssigneeTag';
import { DueTag } from '@/components/DueTag';
import { useProcessWords } from '@/lib/process-words';
import { useTasksT } from '../i18n';

interface Props {
  tasks: TaskSummary[];
  loading: boolean;
  /** A search or type filter is on: the empty text says nothing matched. */
  filtered?: boolean;
}

export function TaskTable({ tasks, loading, filtered = false }: Props) {
  const t = useTasksT();
  const stepName = useProcessWords().task;
  const navigate = useNavigate();

  const columns: TableColumnsType<TaskSummary> = [
    {
      key: 'name',
      title: t('inbox.name'),
      render: (_, task) => (
        <div>
          <Link to={`/tasks/${encodeURIComponent(task.id)}`} onClick={(e) => e.stopPropagation()}>
            {stepName(task.taskKey, task.name)}
          </Link>
          {task.detail && (
            <div>
              <Typography.Text data-testid="task-detail">{task.detail}</Typography.Text>
            </div>
          )}
          {task.processDefinitionName && (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {task.processDefinitionName}
              </Typography.Text>
            </div>
          )}
        </div>
      ),
    },
    { key: 'businessKey', title: t('inbox.businessKey'), dataIndex: 'businessKey' },
    { key: 'recipientName', title: t('inbox.caseSubject'), dataIndex: 'recipientName' },
    { key: 'org', title: t('inbox.org'), dataIndex: 'orgName', responsive: ['xl'] },
    { key: 'created', title: t('inbox.created'), render: (_, task) => formatDateTime(task.created), responsive: ['lg'] },
    { key: 'due', title: t('inbox.due'), render: (_, task) => <DueTag due={task.due} overdue={task.overdue} provisionalYear={task.dueProvisionalYear} /> },
    { key: 'assignee', title: t('inbox.assignee'), render: (_, task) => <AssigneeTag assignee={task.assignee} assigneeName={task.assigneeName} /> },
  ];

  return (
    <Table<TaskSummary>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={tasks}
      loading={loading}
      pagination={false}
      locale={{ emptyText: loading ? ' ' : t(filtered ? 'inbox.noMatch' : 'inbox.empty') }}
      scroll={{ x: 'max-content' }}
      onRow={(task) =>
        ({
          'data-testid': 'task-item',
          'data-task-id': task.id,
          style: { cursor: 'pointer' },
          onClick: () => navigate(`/tasks/${encodeURIComponent(task.id)}`),
        }) as HTMLAttributes<HTMLElement>
      }
    />
  );
}
