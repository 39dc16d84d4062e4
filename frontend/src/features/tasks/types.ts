import type { Assert, Conforms, Schemas } from '@/lib/api/schemas';

export type TaskScope = 'all' | 'mine' | 'group';
export const TASK_SCOPES: readonly TaskScope[] = ['all', 'mine', 'group'];

export interface TaskSummary {
  id: string;
  name: string;
  processDefinitionName: string | null;
  businessKey: string | null;
  assignee: string | null;
  /** ISO-8601 instant */
  created: string;
  due: string | null;
  overdue: boolean;
  recipientName: string | null;
  orgName: string | null;
  /** The due date's year has no holiday schedule loaded: counted from weekends only (暂定). */
  dueProvisionalYear?: number | null;
}

export interface TaskPage {
  items: TaskSummary[];
  total: number;
  page: number;
  size: number;
}

export type FormFieldType = 'string' | 'long' | 'boolean' | 'date' | 'enum' | 'textarea';

export interface FormFieldOption {
  value: string;
  label: string;
}

export type FormValue = string | number | boolean | null;

export interface FormField {
  id: string;
  label: string;
  /** Unknown types from a newer engine are rendered as text. */
  type: FormFieldType | (string & {});
  required: boolean;
  defaultValue?: FormValue;
  minLength?: number | null;
  maxLength?: number | null;
  min?: number | null;
  max?: number | null;
  options?: FormFieldOption[] | null;
}

export interface TaskDetail extends TaskSummary {
  description: string | null;
  processDefinitionId: string;
  processInstanceId: string;
  activityId: string;
  /** `app:…` when the task has a screen of its own (looked up through lib/task-forms.ts, joined in app/task-forms.ts). */
  formKey: string | null;
  formFields: FormField[];
  claimable: boolean;
  assignedToMe: boolean;
}

export interface TaskDiagram {
  bpmnXml: string;
  activityId: string;
}

export type SubmitValues = Record<string, string | number | boolean>;

/** The views and requests above fit the generated schema (names and types; not optional/null). */
export type TasksTypesFit = [
  Assert<Conforms<TaskSummary, Schemas['TaskSummary']>>,
  Assert<Conforms<TaskPage, Schemas['PageTaskSummary']>>,
  Assert<Conforms<FormField, Schemas['FormFieldDto']>>,
  Assert<Conforms<TaskDetail, Schemas['TaskDetail']>>,
];
