import { ROLES, type CurrentUser, type Role } from './types';

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function hasAnyRole(user: CurrentUser | null | undefined, ...roles: Role[]): boolean {
  return !!user && user.roles.some((r) => isRole(r) && roles.includes(r));
}

/**
 * The one set of role groups, the same names as the server's RoleGroups (security/RoleGroups.java):
 * route guards, menus and buttons name a group instead of listing roles.
 */
export const ROLE_GROUPS = {
  OFFICIALS: ['VILLAGE_OFFICER', 'STREET_CLERK', 'DISTRICT_MANAGER', 'ADMIN'],
  CASE_STAFF: ['VILLAGE_OFFICER', 'STREET_CLERK', 'DISTRICT_MANAGER'],
  STREET_STAFF: ['VILLAGE_OFFICER', 'STREET_CLERK'],
  OFFICIALS_AND_PROVIDERS: ['PROVIDER_STAFF', 'VILLAGE_OFFICER', 'STREET_CLERK', 'DISTRICT_MANAGER', 'ADMIN'],
  STREET_STAFF_AND_PROVIDERS: ['PROVIDER_STAFF', 'VILLAGE_OFFICER', 'STREET_CLERK'],
  SUPERVISORS_AND_PROVIDERS: ['PROVIDER_STAFF', 'STREET_CLERK', 'DISTRICT_MANAGER', 'ADMIN'],
  DELIVERY_CONFIRMERS: ['PROVIDER_STAFF', 'VILLAGE_OFFICER'],
  DECIDERS: ['STREET_CLERK', 'DISTRICT_MANAGER'],
  SUPERVISORS: ['STREET_CLERK', 'DISTRICT_MANAGER', 'ADMIN'],
  MANAGERS: ['DISTRICT_MANAGER', 'ADMIN'],
  CARE_READERS: ['VILLAGE_OFFICER', 'STREET_CLERK', 'DISTRICT_MANAGER', 'CARE_CADRE', 'ADMIN'],
  CARE_VISITORS: ['CARE_CADRE', 'VILLAGE_OFFICER', 'STREET_CLERK'],
  SUPERVISORS_AND_CHARITIES: ['STREET_CLERK', 'DISTRICT_MANAGER', 'ADMIN', 'CHARITY_STAFF'],
} as const satisfies Record<string, readonly Role[]>;

/** May open Cockpit and Tasklist. */
export const isManager = (user: CurrentUser | null | undefined) => hasAnyRole(user, ...ROLE_GROUPS.MANAGERS);

/** May open Camunda Admin and the API documentation. */
export const isAdmin = (user: CurrentUser | null | undefined) => hasAnyRole(user, 'ADMIN');

export function knownRoles(user: CurrentUser): Role[] {
  return user.roles.filter(isRole);
}
