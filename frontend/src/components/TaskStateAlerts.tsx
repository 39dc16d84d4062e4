import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DomainTask } from '@/lib/task-forms';

/** Someone else holds the task: the screen is read-only. The holder is named by display name, never username. */
export function isHeldByOther(task: DomainTask): boolean {
  return !task.assignedToMe && !task.claimable;
}

/** Who may act on the task: a warning when it is someone else's, a hint when it is still unclaimed. */
export function TaskStateAlerts({ task }: { task: DomainTask }) {
  const { t } = useTranslation();
  if (isHeldByOther(task)) {
    return (
      <Alert
        type="warning"
        showIcon
        data-testid="domain-task-other"
        message={task.assigneeName ? t('task.heldByOther', { assignee: task.assigneeName }) : t('task.heldByOtherUnknown')}
      />
    );
  }
  if (task.claimable && !task.assignedToMe) {
    return <Alert type="info" showIcon message={t('task.claimOnSubmit')} />;
  }
  return null;
}
