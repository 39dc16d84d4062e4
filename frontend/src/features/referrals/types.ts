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

export type ConsentView = Schemas['ConsentView'];

export type EligibleRow = Schemas['EligibleRow'];

export type BatchRow = Schemas['BatchRow'];

export type ItemView = Schemas['ItemView'];

export type PlanView = Schemas['PlanView'];

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

export type ApprovalEntry = Schemas['ApprovalEntry'];

export type ActivityView = Schemas['ActivityView'];

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

export type WarningView = Schemas['WarningView'];

export type BatchView = Schemas['BatchView'];

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

export type CaseReferrals = Schemas['CaseReferrals'];

export type CharityStats = Schemas['CharityStats'];

export type Stats = Schemas['Stats'];

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

/** The requests above fit the generated schema (names and types; not optional/null). */
export type ReferralsTypesFit = [
  Assert<Conforms<PlanRequest, Schemas['ReferralPlanRequest']>>,
  Assert<Conforms<ActivityRequest, Schemas['ReferralActivityRequest']>>,
  Assert<Conforms<CloseRequest, Schemas['CloseRequest']>>,
  Assert<Conforms<ConsentRequest, Schemas['ConsentRequest']>>,
  Assert<Conforms<BatchRequest, Schemas['BatchRequest']>>,
];
