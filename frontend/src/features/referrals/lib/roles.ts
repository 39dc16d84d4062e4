import { hasAnyRole } from '@/lib/auth/roles';
import type { CurrentUser } from '@/lib/auth/types';

export const isCharity = (u: CurrentUser | null | undefined) => hasAnyRole(u, 'CHARITY_STAFF');
export const canRefer = (u: CurrentUser | null | undefined) => hasAnyRole(u, 'STREET_CLERK', 'DISTRICT_MANAGER');
export const canRecordConsent = (u: CurrentUser | null | undefined) =>
  hasAnyRole(u, 'VILLAGE_OFFICER', 'STREET_CLERK', 'DISTRICT_MANAGER');
export const isOfficial = (u: CurrentUser | null | undefined) =>
  hasAnyRole(u, 'VILLAGE_OFFICER', 'STREET_CLERK', 'DISTRICT_MANAGER', 'ADMIN');
