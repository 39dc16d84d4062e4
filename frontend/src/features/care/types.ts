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

export type Facts = Schemas['CareFacts'];

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

export type CarePolicy = Schemas['PolicyView'];

export type RosterWarning = Schemas['WarningBadge'];

export type RosterRow = Schemas['RosterRow'];

export type RosterPage = Schemas['PageRosterRow'];

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

export type VisitView = Schemas['VisitView'];

export type WarningView = Schemas['CareWarningView'];

export type AssignmentView = Schemas['AssignmentView'];

export type ProblemView = Schemas['ProblemView'];

export type CareTimelineEntry = Schemas['EventView'];

export type EnrolmentView = Schemas['EnrolmentView'];

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

export type ResponsibleCandidate = Schemas['ResponsibleCandidate'];

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
  /** The phone's UUID for this visit: a repeat of it (offline queue) answers the first visit. */
  clientId?: string;
}

export type VisitCreated = Schemas['RecordedVisit'];

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

export type Emergency = Schemas['EmergencyView'];

export interface EmergencyRequest {
  orgCode: string;
  reason: string;
  startsOn: LocalDate;
  endsOn?: LocalDate;
  intervalDays?: number;
}

export type EmergencyCreated = Schemas['EmergencyDeclared'];

export type ImportRowError = Schemas['RowError'];

export type ImportReport = Schemas['Report'];

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
export interface ExitRequest {
  reason: string;
}

export type ExitDecision = EnumOf<'ExitDecisionRequest', 'decision'>;

export interface ExitDecisionRequest {
  decision: ExitDecision;
  comment?: string;
}

export interface ProblemResolutionRequest {
  resolution: string;
}

/** The const lists and requests above fit the generated schema (names and types; not optional/null). */
export type CareTypesFit = [
  Assert<SameUnion<(typeof CARE_GROUPS)[number], CareGroup>>,
  Assert<SameUnion<(typeof SELF_CARE_VALUES)[number], SelfCare>>,
  Assert<SameUnion<(typeof ENROLMENT_STATUSES)[number], EnrolmentStatus>>,
  Assert<SameUnion<(typeof VISIT_STATUSES)[number], VisitStatus>>,
  Assert<SameUnion<(typeof VISIT_MODES)[number], VisitMode>>,
  Assert<SameUnion<(typeof RISKS)[number], Risk>>,
  Assert<SameUnion<(typeof WARNING_KINDS)[number], WarningKind>>,
  Assert<SameUnion<(typeof DEPARTMENTS)[number], Department>>,
  Assert<Conforms<EnrolmentRequest, Schemas['EnrolRequest']>>,
  Assert<Conforms<RegradeRequest, Schemas['RegradeRequest']>>,
  Assert<Conforms<ResponsibleRequest, Schemas['ReassignRequest']>>,
  Assert<Conforms<VisitRequest, Schemas['VisitRequest']>>,
  Assert<Conforms<PlanRequest, Schemas['CarePlanRequest']>>,
  Assert<Conforms<ProblemRequest, Schemas['ProblemRequest']>>,
  Assert<Conforms<EmergencyRequest, Schemas['EmergencyRequest']>>,
  Assert<Conforms<GradingRequest, Schemas['GradingRequest']>>,
  Assert<Conforms<SupervisionRequest, Schemas['SuperviseRequest']>>,
  Assert<Conforms<ProblemResolutionRequest, Schemas['ResolutionRequest']>>,
  Assert<Conforms<ExitRequest, Schemas['ExitRequest']>>,
  Assert<Conforms<ExitDecisionRequest, Schemas['ExitDecisionRequest']>>,
];
