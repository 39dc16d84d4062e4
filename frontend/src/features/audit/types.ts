/** The access-log API (GET /api/audit/access-log), as the server answers it. */
import type { Schemas } from '@/lib/api/schemas';

export const ACCESS_ACTIONS = [
  'CASE_VIEW',
  'CASE_CARD',
  'DOCUMENT_DOWNLOAD',
  'CARE_RECORD',
  'CARE_VISIT_PHOTO',
  'ROSTER_EXPORT',
  'SERVICE_ORDER',
  'REFERRAL_BATCH',
  'REFERRAL_CASE',
  'DEPARTMENT_REFERRAL',
  'TEMPORARY_AID',
  'TEMPORARY_AID_LIST',
  'MEETING_ITEM',
  'PERSON_SEARCH',
  'INTAKE_VIEW',
  'PERSON_VIEW',
  'AUDIT_SEARCH',
] as const;

export type AccessAction = (typeof ACCESS_ACTIONS)[number];

export type AccessLogEntry = Schemas['Entry'];

export type AccessLogPage = Schemas['PageEntry'];

export interface AccessLogFilters {
  idNumber?: string;
  name?: string;
  user?: string;
  from?: string;
  to?: string;
  action?: AccessAction;
  page: number;
  size: number;
}
