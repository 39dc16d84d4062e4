import type { CurrentUser } from '@/lib/auth/types';
import { hasAnyRole } from '@/lib/auth/roles';

/** Who may do what on a case (mirrors the server's @PreAuthorize rules). */
export const canRecordLead = (user: CurrentUser | null | undefined) => hasAnyRole(user, 'VILLAGE_OFFICER', 'STREET_CLERK');
export const canViewCases = (user: CurrentUser | null | undefined) =>
  hasAnyRole(user, 'VILLAGE_OFFICER', 'STREET_CLERK', 'DISTRICT_MANAGER', 'ADMIN');
export const canUploadDocuments = canRecordLead;
export const canRaiseObjection = canRecordLead;
export const canReportStatusChange = (user: CurrentUser | null | undefined) =>
  hasAnyRole(user, 'VILLAGE_OFFICER', 'STREET_CLERK', 'DISTRICT_MANAGER');
/** Prints PIN slips and resets card PINs: the street office only. */
export const canManageCardPin = (user: CurrentUser | null | undefined) => hasAnyRole(user, 'STREET_CLERK');
