import { createContext, useContext, type ComponentType } from 'react';

/**
 * Domain task screens: tasks whose BPMN formKey is `app:…` get a screen of their own instead of
 * the engine's generic form. Each feature offers a `Record<formKey, screen>`; app/task-forms.ts
 * joins them and provides the lookup through DomainTaskFormsContext, which TaskDetailPage reads.
 */
/**
 * The part of the task detail a domain screen needs. `name` and `assignee` are optional extras:
 * TaskDetail has them, so `task={detail}` passes them along.
 */
export interface DomainTask {
  id: string;
  businessKey: string | null;
  activityId: string;
  formKey: string | null;
  assignedToMe: boolean;
  claimable: boolean;
  name?: string;
  assignee?: string | null;
}

export interface DomainTaskFormProps {
  task: DomainTask;
  /** Called once the task is done; the page shows a message and returns to /tasks. */
  onCompleted: () => void;
}

export type DomainTaskForm = ComponentType<DomainTaskFormProps>;
export type DomainTaskForms = Record<string, DomainTaskForm>;

/** The screen for a formKey, if there is one. */
export type DomainTaskFormLookup = (formKey: string | null | undefined) => DomainTaskForm | undefined;

export const DomainTaskFormsContext = createContext<DomainTaskFormLookup>(() => undefined);

/** The lookup app/ provides (no screens outside the app's provider). */
export function useDomainTaskFormLookup(): DomainTaskFormLookup {
  return useContext(DomainTaskFormsContext);
}
