import type { HTMLAttributes } from 'react';
import { Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { formatDateTime } from '@/lib/dates';
import type { TaskSummary } from '../types';
import { AssigneeTag } from './AssigneeTag';
import { DueTag } from '@/components/DueTag';

interface Props {
  tasks: TaskSummary[];
  loading: boolean;
}

export function TaskTable({ tasks, loading }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();

  const columns: TableColumnsType<TaskSummary> = [
    {
      key: 'name',
      title: t('tasks.name'),
      render: (_, task) => (
        <div>
          <Link to={`/tasks/${encodeURIComponent(task.id)}`} onClick={(e) => e.stopPropagation()}>
            {task.name}
          </Link>
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
    { key: 'businessKey', title: t('tasks.businessKey'), dataIndex: 'businessKey' },
    { key: 'recipientName', title: t('tasks.caseSubject'), dataIndex: 'recipientName' },
    { key: 'org', title: t('tasks.org'), dataIndex: 'orgName', responsive: ['xl'] },
    { key: 'created', title: t('tasks.created'), render: (_, task) => formatDateTime(task.created), responsive: ['lg'] },
    { key: 'due', title: t('tasks.due'), render: (_, task) => <DueTag due={task.due} overdue={task.overdue} provisionalYear={task.dueProvisionalYear} /> },
    { key: 'assignee', title: t('tasks.assignee'), render: (_, task) => <AssigneeTag assignee={task.assignee} /> },
  ];

  return (
    <Table<TaskSummary>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={tasks}
      loading={loading}
      pagination={false}
      locale={{ emptyText: loading ? ' ' : t('tasks.empty') }}
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
