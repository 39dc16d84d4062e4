import type { CurrentUser } from '@/lib/auth/types';
import { hasAnyRole, ROLE_GROUPS } from '@/lib/auth/roles';

/** May open the monitoring centre (the server's RoleGroups.SUPERVISORS). */
export const canMonitor = (user: CurrentUser | null | undefined) => hasAnyRole(user, ...ROLE_GROUPS.SUPERVISORS);

/** Sees the whole district and may pick a street; a street clerk sees their own street only. */
export const seesDistrict = (user: CurrentUser | null | undefined) => hasAnyRole(user, ...ROLE_GROUPS.MANAGERS);

/** May open Cockpit, where incidents are handled. */
export const opensCockpit = seesDistrict;

/** Lands on the monitoring centre instead of the inbox (district managers and street clerks). */
export const landsOnMonitoring = (user: CurrentUser | null | undefined) => hasAnyRole(user, ...ROLE_GROUPS.DECIDERS);
