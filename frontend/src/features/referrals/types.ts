/** Shapes of the charity referral API (docs/referral-api.md). */
import type { Assert, Conforms, EnumOf, Schemas } from '@/lib/api/schemas';

export type BatchStatus = EnumOf<'BatchRow', 'status'>;
export type ItemStatus = EnumOf<'ItemView', 'status'>;
export type Outcome = EnumOf<'ItemView', 'outcome'>;
export type OutcomeReason = EnumOf<'ItemView', 'outcomeReason'>;
export type PlanContent = EnumOf<'ActivityView', 'kind'>;
export type PlanStatus = EnumOf<'PlanView', 'status'>;
export type ReviewAction = EnumOf<'ApprovalEntry', 'action'>;
export type GiverRelation = EnumOf<'ConsentView', 'giverRelation'>;
export type ConsentStatus = EnumOf<'EligibleRow', 'consentStatus'>;
export type WarningReason = EnumOf<'WarningView', 'reason'>;

export const BATCH_STATUSES: readonly BatchStatus[] = ['RESPONDING', 'PLANNING', 'REVIEW', 'RETURNED', 'RUNNING', 'CLOSED', 'NONE_ACCEPTED'];
export const PLAN_CONTENTS: readonly PlanContent[] = ['VISIT', 'LOW_PRICE_GOODS', 'CLOTHING', 'CHARITY_PROJECT_APPLICATION', 'VOLUNTEER_SERVICE'];
export const OUTCOME_REASONS: readonly OutcomeReason[] = ['REFUSED', 'UNREACHABLE', 'NO_CAPACITY', 'OTHER'];
export const GIVER_RELATIONS: readonly GiverRelation[] = ['SELF', 'GUARDIAN', 'FAMILY'];

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  size: number;
}

export type Charity = Schemas['CharityOption'];

export interface ConsentView {
  id: number;
  caseNo: string;
  recipientName: string;
  charityCode: string | null;
  charityName: string | null;
  giverRelation: GiverRelation;
  giverName: string;
  givenOn: string;
  documentNote: string | null;
  recordedBy: string;
  recordedAt: string;
  withdrawnAt: string | null;
  withdrawnBy: string | null;
  withdrawReason: string | null;
}

export interface EligibleRow {
  caseNo: string;
  recipientName: string;
  villageCode: string;
  villageName: string;
  recipientCategory: number | null;
  age: number | null;
  phoneMasked: string | null;
  consentStatus: ConsentStatus;
  consent: ConsentView | null;
  openReferral: { batchNo: string; charityName: string; itemStatus: ItemStatus } | null;
  lastOutcome: { batchNo: string; outcome: Outcome; outcomeReason: OutcomeReason | null; closedAt: string } | null;
}

export interface BatchRow {
  batchNo: string;
  charityCode: string;
  charityName: string;
  originCode: string;
  originName: string;
  status: BatchStatus;
  persons: number;
  pending: number;
  accepted: number;
  declined: number;
  closed: number;
  sentAt: string;
  sentBy: string;
  agreedAt: string | null;
  closedAt: string | null;
  planRound: number;
  openWarnings: number;
  taskId: string | null;
  taskName: string | null;
  taskFormKey: string | null;
}

export interface ItemView {
  id: number;
  caseNo: string | null;
  recipientName: string;
  villageCode: string;
  villageName: string;
  age: number | null;
  recipientCategory: number | null;
  phone: string | null;
  address: string | null;
  status: ItemStatus;
  declineReason: string | null;
  respondedAt: string | null;
  respondedBy: string | null;
  outcome: Outcome | null;
  outcomeReason: OutcomeReason | null;
  outcomeNote: string | null;
  closedAt: string | null;
  closedBy: string | null;
  firstActivityOn: string | null;
  lastActivityOn: string | null;
  activityCount: number;
  daysToFirstActivity: number | null;
  planId: number | null;
}

export interface PlanView {
  id: number;
  itemId: number | null;
  recipientName: string | null;
  contents: PlanContent[];
  scheduleFrom: string;
  scheduleTo: string;
  budget: number;
  responsiblePerson: string;
  responsiblePhone: string | null;
  description: string | null;
  version: number;
  status: PlanStatus;
  updatedAt: string;
  updatedBy: string;
  submittedAt: string | null;
  agreedAt: string | null;
  agreedBy: string | null;
}

export interface PlanRequest {
  itemId?: number | null;
  contents: PlanContent[];
  scheduleFrom: string;
  scheduleTo: string;
  budget: number;
  responsiblePerson: string;
  responsiblePhone?: string;
  description?: string;
}

export interface ApprovalEntry {
  round: number;
  action: ReviewAction;
  comment: string | null;
  actor: string;
  at: string;
}

export interface ActivityView {
  id: number;
  itemId: number;
  recipientName: string;
  planId: number;
  activityDate: string;
  kind: PlanContent;
  description: string;
  amount: number | null;
  recordedBy: string;
  recordedAt: string;
}

export interface ActivityRequest {
  itemId: number;
  activityDate: string;
  kind: PlanContent;
  description: string;
  amount?: number;
}

export interface CloseRequest {
  outcome: Outcome;
  reason?: OutcomeReason;
  note?: string;
}

export interface WarningView {
  id: number;
  batchNo: string;
  charityName: string;
  itemId: number;
  recipientName: string;
  reason: WarningReason;
  detail: string;
  raisedAt: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
  resolution: string | null;
}

export interface BatchView extends BatchRow {
  note: string | null;
  items: ItemView[];
  plans: PlanView[];
  approvals: ApprovalEntry[];
  activities: ActivityView[];
  warnings: WarningView[];
}

export interface ConsentRequest {
  caseNo: string;
  charityCode?: string | null;
  giverRelation: GiverRelation;
  giverName: string;
  givenOn: string;
  documentNote?: string;
}

export interface BatchRequest {
  charityCode: string;
  caseNos: string[];
  note?: string;
}

export interface CaseReferrals {
  caseNo: string;
  consents: ConsentView[];
  referrals: {
    batchNo: string;
    charityName: string;
    batchStatus: BatchStatus;
    sentAt: string;
    item: ItemView;
    plan: PlanView | null;
    activities: ActivityView[];
  }[];
}

export interface CharityStats {
  charityCode: string;
  charityName: string;
  batches: Partial<Record<BatchStatus, number>>;
  persons: Partial<Record<ItemStatus, number>>;
  helped: number;
  notHelped: number;
  withFirstActivity: number;
  waitingForFirstActivity: number;
  averageDaysToFirstActivity: number | null;
  medianDaysToFirstActivity: number | null;
  maxDaysToFirstActivity: number | null;
}

export interface Stats {
  from: string;
  to: string;
  openWarnings: number;
  charities: CharityStats[];
}

export interface TaskSubject {
  formKey: string;
  batch: BatchView;
  warnings: WarningView[];
}

export interface EligibleFilters {
  villageCode?: string;
  category?: number;
  charityCode?: string;
  text?: string;
}

/** The views and requests above fit the generated schema (names and types; not optional/null). */
export type ReferralsTypesFit = [
  Assert<Conforms<ConsentView, Schemas['ConsentView']>>,
  Assert<Conforms<EligibleRow, Schemas['EligibleRow']>>,
  Assert<Conforms<BatchRow, Schemas['BatchRow']>>,
  Assert<Conforms<ItemView, Schemas['ItemView']>>,
  Assert<Conforms<PlanView, Schemas['PlanView']>>,
  Assert<Conforms<PlanRequest, Schemas['ReferralPlanRequest']>>,
  Assert<Conforms<ApprovalEntry, Schemas['ApprovalEntry']>>,
  Assert<Conforms<ActivityView, Schemas['ActivityView']>>,
  Assert<Conforms<ActivityRequest, Schemas['ReferralActivityRequest']>>,
  Assert<Conforms<CloseRequest, Schemas['CloseRequest']>>,
  Assert<Conforms<WarningView, Schemas['WarningView']>>,
  Assert<Conforms<BatchView, Schemas['BatchView']>>,
  Assert<Conforms<ConsentRequest, Schemas['ConsentRequest']>>,
  Assert<Conforms<BatchRequest, Schemas['BatchRequest']>>,
  Assert<Conforms<CaseReferrals, Schemas['CaseReferrals']>>,
  Assert<Conforms<CharityStats, Schemas['CharityStats']>>,
  Assert<Conforms<Stats, Schemas['Stats']>>,
];
