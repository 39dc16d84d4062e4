/** Shapes of the department referral API (docs/department-api.md). */
import type { Assert, Conforms, EnumOf, Schemas } from '@/lib/api/schemas';

export type DepartmentReferralStatus = EnumOf<'DepartmentReferralRow', 'status'>;
export type DepartmentKind = EnumOf<'DepartmentReferralRow', 'kind'>;
export type ReferralSource = EnumOf<'DepartmentReferralRow', 'source'>;

export const REFERRAL_STATUSES: readonly DepartmentReferralStatus[] = ['REQUESTED', 'ACCEPTED', 'RESOLVED', 'NOT_RESOLVED', 'RETURNED'];

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  size: number;
}

export type DepartmentReferralRow = Schemas['DepartmentReferralRow'];
export type DepartmentReferralView = Schemas['DepartmentReferralView'];
export type DepartmentReferralStep = Schemas['DepartmentReferralStep'];

export interface AcceptRequest {
  accept: boolean;
  reason?: string;
}

export interface FeedbackRequest {
  resolved: boolean;
  summary: string;
}

/** The requests above fit the generated schema (names and types; not optional/null). */
export type DepartmentsTypesFit = [
  Assert<Conforms<AcceptRequest, Schemas['DepartmentAcceptRequest']>>,
  Assert<Conforms<FeedbackRequest, Schemas['DepartmentFeedbackRequest']>>,
];
