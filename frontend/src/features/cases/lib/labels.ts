import type { CaseStatus, DocumentType, GrantStatus, NoticePhase, NoticeStatus } from '../types';

/** Case numbers as the server writes them: SA-2026-000123. */
export const CASE_NO_PATTERN = /SA-\d{4}-\d{6}/;

/** The first case number mentioned in a text (e.g. a 409 detail naming the open case). */
export function findCaseNo(text: string | null | undefined): string | undefined {
  return text ? CASE_NO_PATTERN.exec(text)?.[0] : undefined;
}

export const OPEN_STATUSES: readonly CaseStatus[] = ['LEAD', 'VERIFIED', 'RECOGNITION', 'FILING', 'NOTICE', 'SERVING'];

export function isOpenStatus(status: string): boolean {
  return (OPEN_STATUSES as readonly string[]).includes(status);
}

/** antd Tag colours: work in progress blue-ish, serving green, closed grey, refused red. */
const STATUS_COLOURS: Record<CaseStatus, string> = {
  LEAD: 'gold',
  VERIFIED: 'orange',
  RECOGNITION: 'purple',
  FILING: 'cyan',
  NOTICE: 'blue',
  SERVING: 'green',
  CLOSED_NOT_GENUINE: 'default',
  REJECTED: 'red',
  OBJECTION_UPHELD: 'volcano',
  EXITED: 'default',
};

export function statusColor(status: string): string {
  return STATUS_COLOURS[status as CaseStatus] ?? 'default';
}

const GRANT_COLOURS: Record<GrantStatus, string> = { GRANTED: 'blue', ACTIVE: 'green', STOPPED: 'default' };

export function grantStatusColor(status: string): string {
  return GRANT_COLOURS[status as GrantStatus] ?? 'default';
}

const NOTICE_COLOURS: Record<NoticeStatus, string> = { PUBLISHED: 'blue', LONG_TERM: 'green', WITHDRAWN: 'default' };

const PHASE_COLOURS: Record<NoticePhase, string> = {
  IN_PERIOD: 'blue',
  UNDER_REVIEW: 'orange',
  PERIOD_ENDED: 'cyan',
  LONG_TERM: 'green',
  WITHDRAWN: 'default',
};

export function noticePhaseColor(phase: string): string {
  return PHASE_COLOURS[phase as NoticePhase] ?? 'default';
}

/** Objections may be recorded while the period runs (the server has the last word on the date). */
export function acceptsObjections(notice: { phase: string; periodEndedAt: string | null }): boolean {
  return (notice.phase === 'IN_PERIOD' || notice.phase === 'UNDER_REVIEW') && !notice.periodEndedAt;
}

export function noticeStatusColor(status: string): string {
  return NOTICE_COLOURS[status as NoticeStatus] ?? 'default';
}

export function decisionColor(decision: string | null): string {
  if (decision === 'UPHELD') return 'red';
  if (decision === 'DISMISSED' || decision === 'LAPSED') return 'default';
  return 'orange';
}

/** Timeline colours by event type. */
export function eventColor(type: string): string {
  if (/NOT_GENUINE|REJECTED|UPHELD|STOPPED|EXITED|ESCALATED|WITHDRAWN/.test(type)) return 'red';
  if (/CLOSED/.test(type)) return 'gray';
  if (/SERVING|SERVICE_|CARD_ISSUED|RECOGNISED|FILED/.test(type)) return 'green';
  return 'blue';
}

/** "第4类" style short form; the full wording comes from the `category` labels. */
export function categoryNumber(value: number | string | null | undefined): number | undefined {
  if (value === null || value === undefined) return undefined;
  const n = typeof value === 'number' ? value : Number(String(value).replace(/^CATEGORY_/, ''));
  return Number.isInteger(n) && n >= 1 && n <= 6 ? n : undefined;
}

export const DOCUMENT_ORDER: readonly DocumentType[] = [
  'ID_CARD',
  'HOUSEHOLD_REGISTER',
  'ILLNESS_PROOF',
  'DISABILITY_CERTIFICATE',
  'RECIPIENT_CERTIFICATE',
  'OTHER',
];
