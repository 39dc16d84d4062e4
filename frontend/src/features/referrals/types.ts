/** Shapes of the charity referral API (docs/referral-api.md). */

export type BatchStatus = 'RESPONDING' | 'PLANNING' | 'REVIEW' | 'RETURNED' | 'RUNNING' | 'CLOSED' | 'NONE_ACCEPTED';
export type ItemStatus = 'PENDING' | 'ACCEPTED' | 'DECLINED' | 'CLOSED';
export type Outcome = 'HELPED' | 'NOT_HELPED';
export type OutcomeReason = 'REFUSED' | 'UNREACHABLE' | 'NO_CAPACITY' | 'OTHER';
export type PlanContent = 'VISIT' | 'LOW_PRICE_GOODS' | 'CLOTHING' | 'CHARITY_PROJECT_APPLICATION' | 'VOLUNTEER_SERVICE';
export type PlanStatus = 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'AGREED';
export type ReviewAction = 'SUBMITTED' | 'RETURNED' | 'AGREED';
export type GiverRelation = 'SELF' | 'GUARDIAN' | 'FAMILY';
export type ConsentStatus = 'GIVEN' | 'NONE' | 'WITHDRAWN';
export type WarningReason = 'NO_ACTIVITY' | 'SCHEDULE_ENDED';

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

export interface Charity {
  code: string;
  name: string;
}

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
