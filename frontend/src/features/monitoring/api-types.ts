/**
 * The monitoring centre's API (issue 14, first slice): GET /api/monitoring/overview, /tasks, /steps and
 * /processes, written by hand from the contract agreed with the backend (branch monitoring-api), which
 * is built in parallel. TODO: once the backend lands and `npm run gen:api` has its views in src/lib/api/schema.d.ts,
 * these become aliases of `Schemas[...]` (views with nullable fields checked with `Conforms`, as in the
 * other features' types.ts).
 *
 * Times are ISO-8601 instants (UTC), dates `YYYY-MM-DD`; the UI shows them in Asia/Shanghai.
 */

export type Instant = string;
export type LocalDate = string;

/** Which open tasks the click-through list shows. */
export const TASK_STATES = ['OVERDUE', 'DUE_SOON', 'OPEN'] as const;
export type TaskState = (typeof TASK_STATES)[number];

/** The periods the step-duration view offers, in days. */
export const PERIODS = [30, 90, 365] as const;
export type Period = (typeof PERIODS)[number];

export interface OverviewTotals {
  running: number;
  overdue: number;
  dueSoon: number;
  openWarnings: number;
  incidents: number;
}

/** An activity where instances wait now (user task, timer or receive event). */
export interface OverviewStep {
  activityId: string;
  activityName: string;
  /** BPMN element type, e.g. `userTask`, `intermediateCatchEvent`, `receiveTask`. */
  activityType: string;
  running: number;
  overdue: number;
  dueSoon: number;
}

export interface OverviewProcess {
  processKey: string;
  processName: string;
  running: number;
  overdue: number;
  dueSoon: number;
  incidents: number;
  steps: OverviewStep[];
}

/** A street (district view) or village (street view). */
export interface OverviewPlace {
  code: string;
  name: string;
  running: number;
  overdue: number;
  dueSoon: number;
  openWarnings: number;
}

export interface WarningsByStage {
  stage: number;
  count: number;
}

/** GET /api/monitoring/overview?street= */
export interface Overview {
  asOf: Instant;
  scopeCode: string;
  scopeName: string;
  totals: OverviewTotals;
  processes: OverviewProcess[];
  places: OverviewPlace[];
  warningsByStage: WarningsByStage[];
}

export const LINK_KINDS = ['CASE', 'ORDER', 'STATEMENT', 'REFERRAL', 'ENROLMENT', 'TASK'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export interface TaskLink {
  kind: LinkKind;
  key: string;
}

/** One open task of GET /api/monitoring/tasks. */
export interface MonitoredTask {
  taskId: string;
  processKey: string;
  processName: string;
  activityId: string;
  taskName: string;
  businessKey: string;
  recipientName: string | null;
  link: TaskLink | null;
  placeCode: string;
  placeName: string | null;
  created: Instant;
  due: Instant | null;
  /** Working days past the due date; null when not overdue. */
  overdueWorkingDays: number | null;
  assigneeName: string | null;
  groupName: string | null;
}

/** The common `Page<T>` shape. */
export interface MonitoredTaskPage {
  items: MonitoredTask[];
  total: number;
  page: number;
  size: number;
}

/** The query of GET /api/monitoring/tasks. */
export interface TaskQuery {
  state: TaskState;
  processKey?: string;
  activityId?: string;
  place?: string;
  page: number;
  size: number;
}

/** Per user task of the process's latest version, over the period. */
export interface StepDuration {
  activityId: string;
  activityName: string;
  completed: number;
  running: number;
  /** Null when completed = 0. */
  p50Hours: number | null;
  p90Hours: number | null;
  /** 0..1; null when completed = 0. */
  onTimeShare: number | null;
  limitWorkingDays: number;
}

/** GET /api/monitoring/steps?processKey=&days=&street= */
export interface StepDurations {
  processKey: string;
  processName: string;
  from: LocalDate;
  to: LocalDate;
  days: number;
  bpmnXml: string;
  steps: StepDuration[];
}

/** GET /api/monitoring/processes: the processes that have user tasks. */
export interface MonitoredProcess {
  processKey: string;
  processName: string;
}
