import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

export function AssigneeTag({ assignee }: { assignee: string | null }) {
  const { t } = useTranslation();
  return assignee ? (
    <span data-testid="task-assignee">{assignee}</span>
  ) : (
    <Tag color="gold" data-testid="task-assignee" style={{ marginInlineEnd: 0 }}>
      {t('tasks.unassigned')}
    </Tag>
  );
}
