import { Tag } from 'antd';
import { useTasksT } from '../i18n';

interface Props {
  /** The username: only whether there is one matters here, it is never shown. */
  assignee: string | null;
  /** The assignee's display name; an account without one reads 其他人员. */
  assigneeName?: string | null;
}

export function AssigneeTag({ assignee, assigneeName }: Props) {
  const t = useTasksT();
  return assignee ? (
    <span data-testid="task-assignee">{assigneeName || t('inbox.someone')}</span>
  ) : (
    <Tag color="gold" data-testid="task-assignee" style={{ marginInlineEnd: 0 }}>
      {t('inbox.unassigned')}
    </Tag>
  );
}
