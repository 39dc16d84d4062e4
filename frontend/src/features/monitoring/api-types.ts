/**
 * The monitoring centre's API (GET /api/monitoring/overview, /tasks, /steps, /processes): aliases of the
 * schemas generated from the backend's OpenAPI document (src/lib/api/schemas.ts), which says which fields
 * may be null. Times are ISO-8601 instants (UTC), dates `YYYY-MM-DD`; the UI shows them in Asia/Shanghai.
 */
import type { Assert, Conforms, EnumOf, SameUnion, Schemas } from '@/lib/api/schemas';

export type Instant = string;
export type LocalDate = string;

/** Which open tasks the click-through list shows (the `state` query parameter). */
export const TASK_STATES = ['OVERDUE', 'DUE_SOON', 'OPEN'] as const;
export type TaskState = (typeof TASK_STATES)[number];

/** The periods the step-duration view offers, in days. */
export const PERIODS = [30, 90, 365] as const;
export type Period = (typeof PERIODS)[number];

export type OverviewTotals = Schemas['MonitoringTotals'];
/** An activity where instances wait now (user task, timer or receive event). */
export type OverviewStep = Schemas['StepFigures'];
export type OverviewProcess = Schemas['ProcessFigures'];
/** A street (district view) or village (street view). */
export type OverviewPlace = Schemas['PlaceFigures'];
export type WarningsByStage = Schemas['StageCount'];
export type Overview = Schemas['MonitoringOverview'];

export const LINK_KINDS = ['CASE', 'ORDER', 'STATEMENT', 'REFERRAL', 'ENROLMENT', 'MEETING', 'TASK'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];
export type TaskLink = Schemas['TaskLink'];
/** One open task of GET /api/monitoring/tasks. */
export type MonitoredTask = Schemas['MonitoredTask'];
export type MonitoredTaskPage = Schemas['PageMonitoredTask'];

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
export type StepDuration = Schemas['StepDuration'];
export type StepDurations = Schemas['StepDurations'];
/** GET /api/monitoring/processes: the processes that have user tasks. */
export type MonitoredProcess = Schemas['MonitoredProcess'];

/** POST /api/monitoring/tasks/reminders and /reassignments: what a (dry) run did or would do. */
export type BulkActionResult = Schemas['BulkActionResult'];
/** GET /api/monitoring/tasks/{taskId}/candidates: members of the task's work group. */
export type Candidate = Schemas['TaskCandidate'];
/** Request bodies, checked against the document (the frontend always sends every field). */
export interface BulkReminderBody {
  taskIds: string[];
  dryRun: boolean;
}
export interface BulkReassignmentBody extends BulkReminderBody {
  assignee: string;
}

export type MonitoringTypesFit = [
  Assert<SameUnion<LinkKind, EnumOf<'TaskLink', 'kind'>>>,
  Assert<Conforms<BulkReminderBody, Schemas['BulkReminderRequest']>>,
  Assert<Conforms<BulkReassignmentBody, Schemas['BulkReassignmentRequest']>>,
];
