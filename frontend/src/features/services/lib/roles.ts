import { hasAnyRole } from '@/lib/auth/roles';
import type { CurrentUser, Role } from '@/lib/auth/types';

export const OFFICIALS: Role[] = ['VILLAGE_OFFICER', 'STREET_CLERK', 'DISTRICT_MANAGER', 'ADMIN'];

export const isProvider = (u: CurrentUser | null | undefined) => hasAnyRole(u, 'PROVIDER_STAFF');
export const isVillageOfficer = (u: CurrentUser | null | undefined) => hasAnyRole(u, 'VILLAGE_OFFICER');
export const isDistrict = (u: CurrentUser | null | undefined) => hasAnyRole(u, 'DISTRICT_MANAGER');
/** Who builds statements: providers their own, village officers and street clerks the helpers'. */
export const statementKindFor = (u: CurrentUser | null | undefined) =>
  isProvider(u) ? 'PROVIDER' : hasAnyRole(u, 'VILLAGE_OFFICER', 'STREET_CLERK') ? 'HELPER' : null;
