/** What the care monitoring API speaks (docs/care-api.md). */
import type { Assert, Conforms, EnumOf, SameUnion, Schemas } from '@/lib/api/schemas';

export const CARE_GROUPS = [
  'DISPERSED_EXTREME_POVERTY',
  'EMPTY_NEST_LEFT_BEHIND_ELDERLY',
  'SEVERE_DISABILITY_OR_ILLNESS',
  'SUPPORTER_FAILING',
  'CHILD_IN_DIFFICULTY',
] as const;
export type CareGroup = EnumOf<'EnrolmentView', 'group'>;

export const SELF_CARE_VALUES = ['FULL', 'PARTIAL', 'NONE'] as const;
export type SelfCare = EnumOf<'AssessmentView', 'selfCare'>;

export const ENROLMENT_STATUSES = ['PENDING_GRADING', 'ACTIVE', 'NOT_GRADED', 'ENDED'] as const;
export type EnrolmentStatus = EnumOf<'EnrolmentView', 'status'>;

export const VISIT_STATUSES = ['NOT_DUE', 'DUE', 'OVERDUE', 'DONE'] as const;
export type VisitStatus = EnumOf<'EnrolmentView', 'visitStatus'>;

export const VISIT_MODES = ['HOME', 'PHONE'] as const;
export type VisitMode = EnumOf<'VisitView', 'mode'>;

export const RISKS = ['NONE', 'MINOR', 'MAJOR'] as const;
export type Risk = EnumOf<'VisitView', 'risk'>;

export const WARNING_KINDS = ['LAPSE', 'MAJOR_RISK'] as const;
export type WarningKind = EnumOf<'CareWarningView', 'kind'>;

/** 1 the responsible person, 2 escalated to the street, 3 escalated to the district. */
export type WarningStage = 1 | 2 | 3;

export const DEPARTMENTS = [
  'SCHOOL',
  'JUDICIAL_OFFICE',
  'WOMENS_FEDERATION',
  'HEALTH_CENTRE',
  'DISABLED_FEDERATION',
  'VETERANS_STATION',
] as const;
export type Department = EnumOf<'ProblemView', 'department'>;

/** 0 = not graded (不列入), 1–3 = care level, highest first in importance. */
export const CARE_LEVELS = [3, 2, 1, 0] as const;
export type CareLevel = 0 | 1 | 2 | 3;

export const IMPORT_MODES = ['check', 'all', 'valid-only'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

/** Instants are ISO-8601 strings with offset; LocalDates are `YYYY-MM-DD` (Shanghai calendar days). */
export type Instant = string;
export type LocalDate = string;

export interface Facts {
  livesAlone: boolean;
  selfCare: SelfCare;
  remoteDwelling: boolean;
  /** Households at home year-round within about 500 m (0–99). */
  neighboursNearby: number;
  seriousIllnessOrDisability: boolean;
  carerInDifficulty: boolean;
  legalSupporterPresent: boolean;
  supportLacking: boolean;
}

export const FACT_SWITCHES = [
  'livesAlone',
  'remoteDwelling',
  'seriousIllnessOrDisability',
  'carerInDifficulty',
  'legalSupporterPresent',
  'supportLacking',
] as const;
export type FactSwitch = (typeof FACT_SWITCHES)[number];

export type LevelPolicy = Schemas['LevelPolicyView'];

export interface CarePolicy {
  levels: LevelPolicy[];
  emergencyIntervalDays: number;
  emergencyWarnAfterDays: number;
  escalateAfterDays: number;
  /** A visit dated more than this many days back (Shanghai calendar days) is a late entry (补录) and needs a reason. */
  lateEntryDays: number;
}

export type RosterWarning = Schemas['WarningBadge'];

export interface RosterRow {
  enrolmentNo: string;
  personName: string;
  /** Region and last four only; the full number never reaches the browser. */
  maskedIdNumber: string | null;
  age: number | null;
  villageCode: string;
  villageName: string | null;
  group: CareGroup;
  level: CareLevel | null;
  status: EnrolmentStatus;
  responsibleUsername: string | null;
  responsibleName: string | null;
  lastVisitOn: LocalDate | null;
  nextDueOn: LocalDate | null;
  gapDays: number | null;
  /** Null while the person has no visit schedule (not graded yet). */
  visitStatus: VisitStatus | null;
  emergency: boolean;
  warning: RosterWarning | null;
  /** The last visit was entered late (补录), with its reason. */
  lastVisitLateEntry?: boolean;
  lastVisitLateReason?: string | null;
}

export interface RosterPage {
  items: RosterRow[];
  total: number;
  page: number;
  size: number;
}

export interface RosterFilters {
  villageCode?: string;
  level?: CareLevel;
  status?: EnrolmentStatus;
  visitStatus?: VisitStatus;
  mine?: boolean;
  text?: string;
  page: number;
  size: number;
}

export interface VisitView {
  id: number;
  visitedAt: Instant;
  mode: VisitMode;
  met: string;
  findings: string;
  risk: Risk;
  hasPhoto: boolean;
  recordedBy: string;
  recordedAt?: Instant;
  /** Entered more than the policy's lateEntryDays after the visit (补录), with the reason given. */
  lateEntry?: boolean;
  lateEntryReason?: string | null;
}

export interface WarningView {
  id: number;
  kind: WarningKind;
  stage: WarningStage | number;
  raisedOn: LocalDate;
  /** Days without a visit when the warning was raised (lapse warnings). */
  gapDays: number | null;
  resolvedAt: Instant | null;
}

export interface AssignmentView {
  username: string;
  name: string | null;
  level: number | null;
  assignedAt: Instant;
  assignedBy: string | null;
  reason: string | null;
  endedAt: Instant | null;
}

export interface ProblemView {
  id: number;
  department: Department;
  description: string;
  dueOn: LocalDate | null;
  /** `OPEN` until the department's resolution is recorded. */
  status: string;
  resolution: string | null;
}

export interface CareTimelineEntry {
  at: Instant;
  actor: string;
  type: string;
  detail: string | null;
}

export interface EnrolmentView extends RosterRow {
  facts: Facts;
  note: string | null;
  proposedLevel: CareLevel | null;
  levelReason: string | null;
  gradedOn: LocalDate | null;
  gradingPending: boolean;
  maskedPhone: string | null;
  /** The village name only. */
  address: string | null;
  householdPlan: string | null;
  personMeasures: string | null;
  visits: VisitView[];
  warnings: WarningView[];
  assignments: AssignmentView[];
  problems: ProblemView[];
  timeline: CareTimelineEntry[];
}

export interface EnrolmentRequest {
  name: string;
  idNumber: string;
  phone?: string;
  address?: string;
  villageCode: string;
  group: CareGroup;
  facts: Facts;
  note?: string;
}

export type EnrolmentCreated = Schemas['Enrolled'];

export interface RegradeRequest {
  facts: Facts;
  note?: string;
}

export interface ResponsibleCandidate {
  username: string;
  name: string;
  orgName: string | null;
}

export interface ResponsibleRequest {
  username: string;
  reason: string;
}

export interface VisitRequest {
  visitedAt: Instant;
  mode: VisitMode;
  met: string;
  findings: string;
  risk: Risk;
  /** Required when the visit is more than lateEntryDays back (补录); sent only then. */
  lateEntryReason?: string;
}

export interface VisitCreated {
  visitId: number;
  lateEntry?: boolean;
  /** False for a visit dated before the last recorded one: history only, schedule and warnings unchanged. */
  countsForSchedule?: boolean;
  /** A lapse warning is still open after the visit: counted from its date the person is still overdue. */
  lapseWarningOpen?: boolean;
}

export interface PlanRequest {
  householdPlan: string;
  personMeasures: string;
}

export interface ProblemRequest {
  department: Department;
  description: string;
  visitId?: number;
}

export type ProblemCreated = Schemas['ProblemReferred'];

export interface Emergency {
  id: number;
  orgCode: string;
  orgName: string | null;
  reason: string;
  startsOn: LocalDate;
  endsOn: LocalDate | null;
  intervalDays: number;
  active: boolean;
  declaredBy: string | null;
  liftedAt: Instant | null;
}

export interface EmergencyRequest {
  orgCode: string;
  reason: string;
  startsOn: LocalDate;
  endsOn?: LocalDate;
  intervalDays?: number;
}

export type EmergencyCreated = Schemas['EmergencyDeclared'];

export interface ImportRowError {
  row: number;
  column: string | null;
  message: string;
}

export interface ImportReport {
  totalRows: number;
  validRows: number;
  imported: number;
  errors: ImportRowError[];
}

/** POST /api/tasks/{taskId}/care-grading */
export interface GradingRequest {
  level: CareLevel;
  reason?: string;
  meetingOn: LocalDate;
}

/** POST /api/tasks/{taskId}/care-supervision */
export interface SupervisionRequest {
  note: string;
}

/** POST /api/tasks/{taskId}/care-problem */
export interface ProblemResolutionRequest {
  resolution: string;
}

/** The views and requests above fit the generated schema (names and types; not optional/null). */
export type CareTypesFit = [
  Assert<SameUnion<(typeof CARE_GROUPS)[number], CareGroup>>,
  Assert<SameUnion<(typeof SELF_CARE_VALUES)[number], SelfCare>>,
  Assert<SameUnion<(typeof ENROLMENT_STATUSES)[number], EnrolmentStatus>>,
  Assert<SameUnion<(typeof VISIT_STATUSES)[number], VisitStatus>>,
  Assert<SameUnion<(typeof VISIT_MODES)[number], VisitMode>>,
  Assert<SameUnion<(typeof RISKS)[number], Risk>>,
  Assert<SameUnion<(typeof WARNING_KINDS)[number], WarningKind>>,
  Assert<SameUnion<(typeof DEPARTMENTS)[number], Department>>,
  Assert<Conforms<Facts, Schemas['CareFacts']>>,
  Assert<Conforms<CarePolicy, Schemas['PolicyView']>>,
  Assert<Conforms<RosterRow, Schemas['RosterRow']>>,
  Assert<Conforms<RosterPage, Schemas['PageRosterRow']>>,
  Assert<Conforms<VisitView, Schemas['VisitView']>>,
  Assert<Conforms<WarningView, Schemas['CareWarningView']>>,
  Assert<Conforms<AssignmentView, Schemas['AssignmentView']>>,
  Assert<Conforms<ProblemView, Schemas['ProblemView']>>,
  Assert<Conforms<CareTimelineEntry, Schemas['EventView']>>,
  Assert<Conforms<EnrolmentView, Schemas['EnrolmentView']>>,
  Assert<Conforms<EnrolmentRequest, Schemas['EnrolRequest']>>,
  Assert<Conforms<RegradeRequest, Schemas['RegradeRequest']>>,
  Assert<Conforms<ResponsibleCandidate, Schemas['ResponsibleCandidate']>>,
  Assert<Conforms<ResponsibleRequest, Schemas['ReassignRequest']>>,
  Assert<Conforms<VisitRequest, Schemas['VisitRequest']>>,
  Assert<Conforms<VisitCreated, Schemas['RecordedVisit']>>,
  Assert<Conforms<PlanRequest, Schemas['CarePlanRequest']>>,
  Assert<Conforms<ProblemRequest, Schemas['ProblemRequest']>>,
  Assert<Conforms<Emergency, Schemas['EmergencyView']>>,
  Assert<Conforms<EmergencyRequest, Schemas['EmergencyRequest']>>,
  Assert<Conforms<ImportRowError, Schemas['RowError']>>,
  Assert<Conforms<ImportReport, Schemas['Report']>>,
  Assert<Conforms<GradingRequest, Schemas['GradingRequest']>>,
  Assert<Conforms<SupervisionRequest, Schemas['SuperviseRequest']>>,
  Assert<Conforms<ProblemResolutionRequest, Schemas['ResolutionRequest']>>,
];
