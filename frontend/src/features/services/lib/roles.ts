import { hasAnyRole, ROLE_GROUPS } from '@/lib/auth/roles';
import type { CurrentUser } from '@/lib/auth/types';

export const isProvider = (u: CurrentUser | null | undefined) => hasAnyRole(u, 'PROVIDER_STAFF');
export const isVillageOfficer = (u: CurrentUser | null | undefined) => hasAnyRole(u, 'VILLAGE_OFFICER');
export const isDistrict = (u: CurrentUser | null | undefined) => hasAnyRole(u, 'DISTRICT_MANAGER');
/** Who builds statements: providers their own, village officers and street clerks the helpers'. */
export const statementKindFor = (u: CurrentUser | null | undefined) =>
  isProvider(u) ? 'PROVIDER' : hasAnyRole(u, ...ROLE_GROUPS.STREET_STAFF) ? 'HELPER' : null;
