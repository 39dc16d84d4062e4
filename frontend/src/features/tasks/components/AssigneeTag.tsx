import { Tag } from 'antd';
import { useTasksT } from '../i18n';

export function AssigneeTag({ assignee }: { assignee: string | null }) {
  const t = useTasksT();
  return assignee ? (
    <span data-testid="task-assignee">{assignee}</span>
  ) : (
    <Tag color="gold" data-testid="task-assignee" style={{ marginInlineEnd: 0 }}>
      {t('inbox.unassigned')}
    </Tag>
  );
}
