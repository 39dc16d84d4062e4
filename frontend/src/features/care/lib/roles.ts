import type { CurrentUser } from '@/lib/auth/types';
import { hasAnyRole } from '@/lib/auth/roles';

type User = CurrentUser | null | undefined;

/** Who may do what in care monitoring (mirrors the contract's role column). */
export const canViewCare = (user: User) =>
  hasAnyRole(user, 'VILLAGE_OFFICER', 'STREET_CLERK', 'DISTRICT_MANAGER', 'CARE_CADRE', 'ADMIN');
/** Enrol, import, regrade, change the responsible person, write the plan. */
export const canManageCare = (user: User) => hasAnyRole(user, 'VILLAGE_OFFICER', 'STREET_CLERK');
export const canRecordVisit = (user: User) => hasAnyRole(user, 'CARE_CADRE', 'VILLAGE_OFFICER', 'STREET_CLERK');
export const canReferProblem = canRecordVisit;
export const canViewEmergencies = (user: User) => hasAnyRole(user, 'DISTRICT_MANAGER', 'STREET_CLERK', 'ADMIN');
export const canDeclareEmergency = (user: User) => hasAnyRole(user, 'DISTRICT_MANAGER', 'ADMIN');
export const isCareCadre = (user: User) => hasAnyRole(user, 'CARE_CADRE');
