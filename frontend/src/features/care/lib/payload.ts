import type { Dayjs } from 'dayjs';
import type { CurrentUser } from '@/lib/auth/types';
import type {
  CareGroup,
  CareLevel,
  EmergencyRequest,
  EnrolmentRequest,
  Facts,
  GradingRequest,
  RegradeRequest,
  Risk,
  RosterFilters,
  SelfCare,
  VisitMode,
  VisitRequest,
} from '../types';
import { toLocalDate, wallClockToInstant } from './dates';
import { villageMode } from './villages';

/** Same limits as the other forms; the server has the final word. */
export const LIMITS = {
  name: 50,
  address: 200,
  note: 500,
  findings: 1000,
  reason: 500,
  plan: 2000,
  description: 1000,
  resolution: 1000,
  lateEntryReason: 100,
} as const;

/** The server's default app.care.late-entry-days, used until the policy has loaded. */
export const DEFAULT_LATE_ENTRY_DAYS = 3;


const trim = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/** Text left out of a body when blank. */
function optional<K extends string>(key: K, value: unknown): Partial<Record<K, string>> {
  const text = trim(value);
  return text ? ({ [key]: text } as Record<K, string>) : {};
}

/** What the user typed, as the server wants it: no spaces, a capital X. */
export function normaliseIdNumber(value: string | null | undefined): string {
  return (value ?? '').replace(/\s+/g, '').toUpperCase();
}

export type FactsFormValues = Partial<Facts>;

/** The facts with every switch answered: an untouched switch is "no", no neighbours count is 0. */
export function buildFacts(values: FactsFormValues | undefined): Facts {
  const v = values ?? {};
  const n = Number(v.neighboursNearby);
  return {
    livesAlone: v.livesAlone === true,
    selfCare: v.selfCare as SelfCare,
    remoteDwelling: v.remoteDwelling === true,
    neighboursNearby: Number.isFinite(n) ? Math.max(0, Math.min(99, Math.trunc(n))) : 0,
    seriousIllnessOrDisability: v.seriousIllnessOrDisability === true,
    carerInDifficulty: v.carerInDifficulty === true,
    legalSupporterPresent: v.legalSupporterPresent === true,
    supportLacking: v.supportLacking === true,
  };
}

export interface EnrolFormValues {
  name?: string;
  idNumber?: string;
  phone?: string;
  address?: string;
  villageCode?: string;
  group?: CareGroup;
  facts?: FactsFormValues;
  note?: string;
}

/**
 * The body of POST /api/care/enrolments: trimmed text, blank optionals left out, the ID number
 * normalised, and a village officer's own village whatever the form says.
 */
export function buildEnrolmentPayload(
  values: EnrolFormValues,
  user: Pick<CurrentUser, 'orgLevel' | 'orgCode'>,
): EnrolmentRequest {
  const villageCode = villageMode(user) === 'fixed' ? user.orgCode : trim(values.villageCode);
  return {
    name: trim(values.name),
    idNumber: normaliseIdNumber(values.idNumber),
    ...optional('phone', trim(values.phone).replace(/\s+/g, '')),
    ...optional('address', values.address),
    villageCode,
    group: values.group as CareGroup,
    facts: buildFacts(values.facts),
    ...optional('note', values.note),
  };
}

export function buildRegradePayload(values: { facts?: FactsFormValues; note?: string }): RegradeRequest {
  return { facts: buildFacts(values.facts), ...optional('note', values.note) };
}

/** A server field name as a form item name: `facts.selfCare` → ['facts', 'selfCare']. */
export function formFieldName(field: string): string[] {
  return field
    .replace(/\[\d+\]/g, '')
    .split('.')
    .filter(Boolean);
}

export const ENROL_FIELDS = [
  'name',
  'idNumber',
  'phone',
  'address',
  'villageCode',
  'group',
  'note',
  'facts',
  'facts.livesAlone',
  'facts.selfCare',
  'facts.remoteDwelling',
  'facts.neighboursNearby',
  'facts.seriousIllnessOrDisability',
  'facts.carerInDifficulty',
  'facts.legalSupporterPresent',
  'facts.supportLacking',
] as const;

export interface VisitFormValues {
  visitedAt?: Dayjs;
  mode?: VisitMode;
  /** Who was met or reached (本人, 配偶, 邻居 …). */
  met?: string;
  findings?: string;
  risk?: Risk;
  /** Why the visit is entered late (补录); asked for only then. */
  lateEntryReason?: string;
}

/**
 * The `visit` part of POST …/visits; the picked time is Shanghai wall-clock time. The late-entry
 * reason goes along only when the visit is late (a reason typed for a date since changed is dropped).
 */
export function buildVisitPayload(values: VisitFormValues, late = false): VisitRequest {
  if (!values.visitedAt) throw new Error('visitedAt missing');
  const payload: VisitRequest = {
    visitedAt: wallClockToInstant(values.visitedAt),
    mode: values.mode ?? 'HOME',
    met: trim(values.met),
    findings: trim(values.findings),
    risk: values.risk ?? 'NONE',
  };
  const reason = trim(values.lateEntryReason);
  if (late && reason) payload.lateEntryReason = reason;
  return payload;
}

export interface GradingFormValues {
  level?: CareLevel;
  reason?: string;
  meetingOn?: Dayjs;
}

/** The contract's rule: a reason is required when the confirmed level differs from the proposed one. */
export function gradingReasonRequired(level: number | null | undefined, proposed: number | null | undefined): boolean {
  if (level === null || level === undefined) return false;
  if (proposed === null || proposed === undefined) return true;
  return level !== proposed;
}

export function gradingReasonProblem(
  level: number | null | undefined,
  proposed: number | null | undefined,
  reason: unknown,
): 'required' | null {
  return gradingReasonRequired(level, proposed) && !trim(reason) ? 'required' : null;
}

export function buildGradingPayload(values: GradingFormValues): GradingRequest {
  if (values.level === undefined || !values.meetingOn) throw new Error('grading incomplete');
  return {
    level: values.level,
    ...optional('reason', values.reason),
    meetingOn: toLocalDate(values.meetingOn),
  };
}

export interface EmergencyFormValues {
  orgCode?: string;
  reason?: string;
  startsOn?: Dayjs;
  endsOn?: Dayjs | null;
  intervalDays?: number | null;
}

export function buildEmergencyPayload(values: EmergencyFormValues): EmergencyRequest {
  if (!values.startsOn) throw new Error('startsOn missing');
  const body: EmergencyRequest = {
    orgCode: trim(values.orgCode),
    reason: trim(values.reason),
    startsOn: toLocalDate(values.startsOn),
  };
  if (values.endsOn) body.endsOn = toLocalDate(values.endsOn);
  if (typeof values.intervalDays === 'number' && Number.isFinite(values.intervalDays)) body.intervalDays = values.intervalDays;
  return body;
}

/** The query string of GET /api/care/enrolments: empty filters are left out. */
export function rosterQuery(filters: RosterFilters): string {
  const query = new URLSearchParams();
  if (filters.villageCode) query.set('villageCode', filters.villageCode);
  if (filters.level !== undefined) query.set('level', String(filters.level));
  if (filters.status) query.set('status', filters.status);
  if (filters.visitStatus) query.set('visitStatus', filters.visitStatus);
  if (filters.mine) query.set('mine', 'true');
  const text = filters.text?.trim();
  if (text) query.set('text', text);
  query.set('page', String(filters.page));
  query.set('size', String(filters.size));
  return query.toString();
}
