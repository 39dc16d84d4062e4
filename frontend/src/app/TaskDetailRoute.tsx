import { TaskDetailPage } from '@/features/tasks/components/TaskDetailPage';
import { DomainTaskFormsContext, TaskSubjectPanelsContext } from '@/lib/task-forms';
import { domainTaskFormFor, taskSubjectPanelFor } from './task-forms';

/**
 * The task page with every feature's domain screens and subject panels. They load with this page, not
 * with the app's entry or the inbox, which is what a village officer opens first on a slow phone.
 */
export function TaskDetailRoute() {
  return (
    <DomainTaskFormsContext.Provider value={domainTaskFormFor}>
      <TaskSubjectPanelsContext.Provider value={taskSubjectPanelFor}>
        <TaskDetailPage />
      </TaskSubjectPanelsContext.Provider>
    </DomainTaskFormsContext.Provider>
  );
}
