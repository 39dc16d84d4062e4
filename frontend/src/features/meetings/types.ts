/** Shapes of the joint-meeting API (/api/meeting, the agency-referral task screens). */
import type { EnumOf, Schemas } from '@/lib/api/schemas';

export type ItemStatus = EnumOf<'AgendaItemRow', 'status'>;
export type Decision = NonNullable<EnumOf<'AgendaItemRow', 'decision'>>;
export type DepartmentKind = NonNullable<EnumOf<'AgendaItemRow', 'departmentKind'>>;
export type PlanAction = NonNullable<EnumOf<'AgencyPlanRoundView', 'reviewAction'>>;
export type AgencyOutcome = 'RESOLVED' | 'PARTLY_RESOLVED' | 'NOT_RESOLVED';

export const ITEM_STATUSES: readonly ItemStatus[] = [
  'LISTED', 'SCHEDULED', 'DEPARTMENT', 'AGENCY_PLANNING', 'AGENCY_REVIEW', 'AGENCY_SERVING', 'AGENCY_CLOSING', 'NOT_TAKEN', 'CLOSED',
];
export const DEPARTMENT_KINDS: readonly DepartmentKind[] = [
  'MEDICAL_INSURANCE', 'HOUSING', 'EDUCATION', 'HUMAN_RESOURCES', 'EMERGENCY_MANAGEMENT', 'SCHOOL', 'JUDICIAL_OFFICE',
  'WOMENS_FEDERATION', 'HEALTH_CENTRE', 'DISABLED_FEDERATION', 'VETERANS_STATION',
];
export const AGENCY_OUTCOMES: readonly AgencyOutcome[] = ['RESOLVED', 'PARTLY_RESOLVED', 'NOT_RESOLVED'];

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  size: number;
}

export type AgendaItemRow = Schemas['AgendaItemRow'];
export type AgendaItemView = Schemas['AgendaItemView'];
export type PlanRound = Schemas['AgencyPlanRoundView'];
export type DeliveryView = Schemas['AgencyDeliveryView'];
export type MeetingRow = Schemas['MeetingRow'];
export type MeetingView = Schemas['MeetingView'];
export type AgencyOption = Schemas['AgencyOption'];
export type MeetingTaskSubject = Schemas['MeetingTaskSubjectView'];

export interface DecisionRequest {
  decision: Decision;
  departmentKind?: DepartmentKind;
  agencyCode?: string;
  note?: string;
}

export interface PlanRequest {
  goals: string;
  services: string;
  scheduleFrom: string;
  scheduleTo: string;
  staff: string;
  budget: number;
}
