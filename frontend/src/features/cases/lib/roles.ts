import type { CurrentUser } from '@/lib/auth/types';
import { hasAnyRole, ROLE_GROUPS } from '@/lib/auth/roles';

/** Who may do what on a case (mirrors the server's @PreAuthorize rules). */
export const canRecordLead = (user: CurrentUser | null | undefined) => hasAnyRole(user, ...ROLE_GROUPS.STREET_STAFF);
export const canViewCases = (user: CurrentUser | null | undefined) =>
  hasAnyRole(user, ...ROLE_GROUPS.OFFICIALS);
export const canUploadDocuments = canRecordLead;
export const canRaiseObjection = canRecordLead;
export const canReportStatusChange = (user: CurrentUser | null | undefined) =>
  hasAnyRole(user, ...ROLE_GROUPS.CASE_STAFF);
/** Prints PIN slips and resets card PINs: the street office only. */
export const canManageCardPin = (user: CurrentUser | null | undefined) => hasAnyRole(user, 'STREET_CLERK');
/** Brings a lead found not genuine to the one door (POST /api/intakes): village officer and street clerk. */
export const canTakeToOneDoor = canRecordLead;
