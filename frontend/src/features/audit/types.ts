/** The access-log API (GET /api/audit/access-log), as the server answers it. */
import type { Assert, Conforms, Schemas } from '@/lib/api/schemas';

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
  'PERSON_SEARCH',
  'AUDIT_SEARCH',
] as const;

export type AccessAction = (typeof ACCESS_ACTIONS)[number];

export interface AccessLogEntry {
  id: number;
  occurredAt: string;
  username: string;
  userName: string | null;
  action: AccessAction;
  resource: string;
  personName: string | null;
  /** Masked: region and last four only. */
  personIdNumber: string | null;
  scopeName: string | null;
  itemCount: number | null;
  clientIp: string;
  userAgent: string | null;
}

export interface AccessLogPage {
  items: AccessLogEntry[];
  total: number;
  page: number;
  size: number;
}

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

/** The views and requests above fit the generated schema (names and types; not optional/null). */
export type AuditTypesFit = [
  Assert<Conforms<AccessLogEntry, Schemas['Entry']>>,
  Assert<Conforms<AccessLogPage, Schemas['PageEntry']>>,
];
