import type { CurrentUser } from '@/lib/auth/types';
import { hasAnyRole, ROLE_GROUPS } from '@/lib/auth/roles';

type User = CurrentUser | null | undefined;

/** Who may do what in care monitoring (mirrors the contract's role column). */
export const canViewCare = (user: User) =>
  hasAnyRole(user, ...ROLE_GROUPS.CARE_READERS);
/** Enrol, import, regrade, change the responsible person, write the plan. */
export const canManageCare = (user: User) => hasAnyRole(user, ...ROLE_GROUPS.STREET_STAFF);
export const canRecordVisit = (user: User) => hasAnyRole(user, ...ROLE_GROUPS.CARE_VISITORS);
export const canReferProblem = canRecordVisit;
export const canViewEmergencies = (user: User) => hasAnyRole(user, ...ROLE_GROUPS.SUPERVISORS);
export const canDeclareEmergency = (user: User) => hasAnyRole(user, ...ROLE_GROUPS.MANAGERS);
export const isCareCadre = (user: User) => hasAnyRole(user, 'CARE_CADRE');
/** Who may ask to end a person's care monitoring (the server's rule for POST …/exit). */
export const canRequestExit = (user: User) => hasAnyRole(user, 'VILLAGE_OFFICER', 'CARE_CADRE', 'STREET_CLERK', 'DISTRICT_MANAGER');
