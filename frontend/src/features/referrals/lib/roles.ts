import { hasAnyRole, ROLE_GROUPS } from '@/lib/auth/roles';
import type { CurrentUser } from '@/lib/auth/types';

export const isCharity = (u: CurrentUser | null | undefined) => hasAnyRole(u, 'CHARITY_STAFF');
export const canRefer = (u: CurrentUser | null | undefined) => hasAnyRole(u, ...ROLE_GROUPS.DECIDERS);
export const canRecordConsent = (u: CurrentUser | null | undefined) =>
  hasAnyRole(u, ...ROLE_GROUPS.CASE_STAFF);
export const isOfficial = (u: CurrentUser | null | undefined) =>
  hasAnyRole(u, ...ROLE_GROUPS.OFFICIALS);
