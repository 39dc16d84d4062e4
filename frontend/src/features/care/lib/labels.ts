import type { CareTimelineEntry, ProblemView, VisitStatus, VisitView } from '../types';

/** The roster colours of the contract: grey not due, blue due today, red overdue, green visited today. */
export const VISIT_STATUS_COLOURS: Record<VisitStatus, string> = {
  NOT_DUE: 'default',
  DUE: 'blue',
  OVERDUE: 'red',
  DONE: 'green',
};

export function visitStatusColor(status: string | null | undefined): string {
  return status && Object.prototype.hasOwnProperty.call(VISIT_STATUS_COLOURS, status)
    ? VISIT_STATUS_COLOURS[status as VisitStatus]
    : 'default';
}

/** Level 3 is the most urgent. */
export function levelColor(level: number | null | undefined): string {
  if (level === 3) return 'red';
  if (level === 2) return 'orange';
  if (level === 1) return 'gold';
  return 'default';
}

export function riskColor(risk: string | null | undefined): string {
  if (risk === 'MAJOR') return 'red';
  if (risk === 'MINOR') return 'orange';
  return 'green';
}

export function enrolmentStatusColor(status: string | null | undefined): string {
  if (status === 'ACTIVE') return 'green';
  if (status === 'PENDING_GRADING') return 'gold';
  return 'default';
}

export function warningColor(kind: string | null | undefined): 'error' | 'warning' {
  return kind === 'MAJOR_RISK' ? 'error' : 'warning';
}

const CLOSED_PROBLEM_STATUSES = ['RESOLVED', 'CLOSED', 'DONE'];

/** A referred problem still waiting for the department's feedback. */
export function isOpenProblem(problem: Pick<ProblemView, 'status' | 'resolution'>): boolean {
  return !CLOSED_PROBLEM_STATUSES.includes(problem.status) && !problem.resolution;
}

/** The problem a 「部门办理反馈」 task is about: the newest open one. */
export function openProblem(problems: readonly ProblemView[]): ProblemView | undefined {
  return [...problems].filter(isOpenProblem).sort((a, b) => b.id - a.id)[0];
}

/** Oldest first, newest last; ties keep the server's order. */
export function sortTimeline(entries: readonly CareTimelineEntry[]): CareTimelineEntry[] {
  return entries
    .map((entry, index) => ({ entry, index, at: Date.parse(entry.at) }))
    .sort((a, b) => (Number.isNaN(a.at) || Number.isNaN(b.at) ? 0 : a.at - b.at) || a.index - b.index)
    .map((x) => x.entry);
}

/** Newest visit first. */
export function sortVisits(visits: readonly VisitView[]): VisitView[] {
  return [...visits].sort((a, b) => Date.parse(b.visitedAt) - Date.parse(a.visitedAt) || b.id - a.id);
}

/**
 * An enrolment number mentioned in a text (e.g. the 409 naming the open enrolment). The contract
 * does not fix the format: anything like `GA-2026-000123` or `CARE-2026-0001`.
 */
export function findEnrolmentNo(text: string | null | undefined): string | undefined {
  return text ? /\b[A-Z]{1,5}-\d{4}-\d{3,}\b/.exec(text)?.[0] : undefined;
}
