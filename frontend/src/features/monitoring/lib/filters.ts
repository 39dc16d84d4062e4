import { PERIODS, TASK_STATES, type Period, type TaskState } from '../api-types';

/**
 * The click-through list's filters, kept in the URL query so every number of the overview is a plain
 * link and a filtered list can be bookmarked or sent on: `state`, `processKey`, `activityId`, `place`,
 * `page` (1-based in the URL, 0-based in the API). Anything malformed is dropped, not sent on.
 */
export interface TaskFilters {
  state: TaskState;
  processKey?: string;
  activityId?: string;
  /** A street or village code. */
  place?: string;
  /** 1-based. */
  page: number;
}

export const DEFAULT_STATE: TaskState = 'OPEN';
export const DEFAULT_PERIOD: Period = 30;

/** BPMN ids (process keys, activity ids): an XML name, no spaces. */
const BPMN_ID = /^[A-Za-z_][\w.-]{0,254}$/;
/** Org codes are digits (9 for a street, 12 for a village in the demo data). */
const ORG_CODE = /^\d{6,15}$/;
const MAX_PAGE = 100_000;

const bpmnId = (value: string | null) => (value && BPMN_ID.test(value) ? value : undefined);
export const orgCode = (value: string | null | undefined) => (value && ORG_CODE.test(value) ? value : undefined);

function readPage(value: string | null): number {
  if (!value || !/^\d{1,6}$/.test(value)) return 1;
  const n = Number(value);
  return n >= 1 && n <= MAX_PAGE ? n : 1;
}

export function readTaskFilters(params: URLSearchParams): TaskFilters {
  const state = params.get('state');
  return {
    state: (TASK_STATES as readonly string[]).includes(state ?? '') ? (state as TaskState) : DEFAULT_STATE,
    processKey: bpmnId(params.get('processKey')),
    activityId: bpmnId(params.get('activityId')),
    place: orgCode(params.get('place')),
    page: readPage(params.get('page')),
  };
}

/** The query of a filtered list; the state is always named, page 1 is left out. */
export function taskFiltersQuery(f: Partial<TaskFilters>): URLSearchParams {
  const query = new URLSearchParams();
  query.set('state', f.state ?? DEFAULT_STATE);
  if (f.processKey) query.set('processKey', f.processKey);
  if (f.activityId) query.set('activityId', f.activityId);
  if (f.place) query.set('place', f.place);
  if (f.page && f.page > 1) query.set('page', String(f.page));
  return query;
}

/** Where a number of the overview leads: `/monitoring/tasks?state=OVERDUE&processKey=…`. */
export function tasksPath(f: Partial<TaskFilters>): string {
  return `/monitoring/tasks?${taskFiltersQuery(f).toString()}`;
}

/** The step-duration view's choices, also in the URL: `processKey`, `days` (30/90/365), `street`. */
export interface StepFilters {
  processKey?: string;
  days: Period;
  street?: string;
}

export function readStepFilters(params: URLSearchParams): StepFilters {
  const days = Number(params.get('days'));
  return {
    processKey: bpmnId(params.get('processKey')),
    days: (PERIODS as readonly number[]).includes(days) ? (days as Period) : DEFAULT_PERIOD,
    street: orgCode(params.get('street')),
  };
}

export function stepFiltersQuery(f: StepFilters): URLSearchParams {
  const query = new URLSearchParams();
  if (f.processKey) query.set('processKey', f.processKey);
  if (f.days !== DEFAULT_PERIOD) query.set('days', String(f.days));
  if (f.street) query.set('street', f.street);
  return query;
}

/** The step view with these choices: `/monitoring/steps?processKey=…`. */
export function stepsPath(f: StepFilters): string {
  const query = stepFiltersQuery(f).toString();
  return query ? `/monitoring/steps?${query}` : '/monitoring/steps';
}
