import { Card, Empty, Flex, List, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { formatDateTime } from '@/lib/dates';
import type { TaskSummary } from '../types';
import { DueTag } from '@/components/DueTag';
import { AssigneeTag } from './AssigneeTag';
import { useProcessWords } from '@/lib/process-words';
import { useTasksT } from '../i18n';

interface Props {
  tasks: TaskSummary[];
  loading: boolean;
  /** A search or type filter is on: the empty text says nothing matched. */
  filtered?: boolean;
}

/** The phone layout of the inbox: one tappable card per task. */
export function TaskCards({ tasks, loading, filtered = false }: Props) {
  const t = useTasksT();
  const stepName = useProcessWords().task;
  return (
    <List<TaskSummary>
      dataSource={tasks}
      loading={loading}
      locale={{ emptyText: loading ? ' ' : <Empty description={t(filtered ? 'inbox.noMatch' : 'inbox.empty')} /> }}
      split={false}
      renderItem={(task) => (
        <List.Item style={{ padding: '6px 0' }}>
          <Link
            to={`/tasks/${encodeURIComponent(task.id)}`}
            data-testid="task-item"
            data-task-id={task.id}
            style={{ display: 'block', width: '100%', color: 'inherit' }}
          >
            <Card size="small" hoverable>
              <Flex justify="space-between" align="start" gap={8}>
                <Typography.Text strong style={{ minWidth: 0 }}>
                  {stepName(task.taskKey, task.name)}
                </Typography.Text>
                <AssigneeTag assignee={task.assignee} assigneeName={task.assigneeName} />
              </Flex>
              {(task.recipientName || task.detail) && (
                <div style={{ marginTop: 4 }}>
                  {task.recipientName}
                  {task.detail && (
                    <Typography.Text type="secondary" data-testid="task-detail">
                      {task.recipientName ? ' · ' : ''}
                      {task.detail}
                    </Typography.Text>
                  )}
                </div>
              )}
              <Typography.Text type="secondary" style={{ fontSize: 12, wordBreak: 'break-all' }}>
                {[task.businessKey, task.orgName].filter(Boolean).join(' · ')}
              </Typography.Text>
              <Flex justify="space-between" align="center" gap={8} wrap style={{ marginTop: 8 }}>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('inbox.created')} {formatDateTime(task.created)}
                </Typography.Text>
                <DueTag due={task.due} overdue={task.overdue} provisionalYear={task.dueProvisionalYear} />
              </Flex>
            </Card>
          </Link>
        </List.Item>
      )}
    />
  );
}
