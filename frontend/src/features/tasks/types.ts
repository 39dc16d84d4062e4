import type { Assert, Conforms, Schemas } from '@/lib/api/schemas';

export type TaskScope = 'all' | 'mine' | 'group';
export const TASK_SCOPES: readonly TaskScope[] = ['all', 'mine', 'group'];

export type TaskSummary = Schemas['TaskSummary'];

export type TaskType = Schemas['TaskType'];

export type TaskSort = 'due' | 'created';
export const TASK_SORTS: readonly TaskSort[] = ['due', 'created'];

/** What the inbox shows: the URL carries it (scope, q, type, sort, page), so back and refresh keep it. */
export interface InboxQuery {
  scope: TaskScope;
  /** Part of a name, or a case / order / other number; '' for none. */
  q: string;
  /** One step (BPMN task id); '' for all. */
  type: string;
  sort: TaskSort;
  /** From 1, as shown. */
  page: number;
}

export type TaskPage = Schemas['PageTaskSummary'];

export type FormFieldType = 'string' | 'long' | 'boolean' | 'date' | 'enum' | 'textarea';

export type FormFieldOption = Schemas['Option'];

export type FormValue = string | number | boolean | null;

/**
 * A generated form's field. Declared here, not aliased: the document types `defaultValue` as any JSON
 * value, the screen narrows it to what Camunda's form types give (checked against FormFieldDto below).
 */
export interface FormField {
  id: string;
  /** null when the BPMN gives the field no label (the screen shows its id). */
  label: string | null;
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

export type TaskDetail = Omit<Schemas['TaskDetail'], 'formFields'> & { formFields: FormField[] };

export type TaskDiagram = Schemas['Diagram'];

export type SubmitValues = Record<string, string | number | boolean>;

/** The narrowed form field fits the generated schema (names and types; not optional/null). */
export type TasksTypesFit = [
  Assert<Conforms<FormField, Schemas['FormFieldDto']>>,
];
