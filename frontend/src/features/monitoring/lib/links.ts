import type { MonitoredTask } from '../api-types';

/** Where a row of the click-through list leads: its case or batch, else the task itself. */
export function taskTarget(task: Pick<MonitoredTask, 'taskId' | 'link'>): string {
  const key = task.link ? encodeURIComponent(task.link.key) : '';
  switch (task.link?.kind) {
    case 'CASE':
      return `/cases/${key}`;
    case 'ORDER':
      return `/services/orders/${key}`;
    case 'STATEMENT':
      return `/services/statements/${key}`;
    case 'REFERRAL':
      return `/referrals/${key}`;
    case 'ENROLMENT':
      return `/care/${key}`;
    case 'MEETING':
      return `/meetings/items/${key}`;
    default:
      return `/tasks/${encodeURIComponent(task.taskId)}`;
  }
}
