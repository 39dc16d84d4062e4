import { createContext, useContext, type ComponentType } from 'react';

/**
 * Domain task screens: tasks whose BPMN formKey is `app:…` get a screen of their own instead of
 * the engine's generic form. Each feature offers a `Record<formKey, screen>`; app/task-forms.ts
 * joins them and provides the lookup through DomainTaskFormsContext, which TaskDetailPage reads.
 */
/**
 * The part of the task detail a domain screen needs. `name`, `assignee` and `assigneeName` are optional extras:
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
  /** Shown instead of the username when someone else holds the task. */
  assigneeName?: string | null;
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

/**
 * What a task with the engine's generic form is about: a feature's panel for the steps of its processes
 * (by BPMN task id, e.g. `verifyLead` shows the lead), fetched from `GET /api/tasks/{id}/subject`.
 */
export type TaskSubjectPanel = ComponentType<{ task: DomainTask }>;
export type TaskSubjectPanels = Record<string, TaskSubjectPanel>;
export type TaskSubjectPanelLookup = (activityId: string | null | undefined) => TaskSubjectPanel | undefined;

export const TaskSubjectPanelsContext = createContext<TaskSubjectPanelLookup>(() => undefined);

/** The panel lookup app/ provides. */
export function useTaskSubjectPanelLookup(): TaskSubjectPanelLookup {
  return useContext(TaskSubjectPanelsContext);
}

/** The lookup app/ provides (no screens outside the app's provider). */
export function useDomainTaskFormLookup(): DomainTaskFormLookup {
  return useContext(DomainTaskFormsContext);
}
