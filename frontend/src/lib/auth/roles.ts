import { ROLES, type CurrentUser, type Role } from './types';

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function hasAnyRole(user: CurrentUser | null | undefined, ...roles: Role[]): boolean {
  return !!user && user.roles.some((r) => isRole(r) && roles.includes(r));
}

/** May open Cockpit and Tasklist. */
export const isManager = (user: CurrentUser | null | undefined) => hasAnyRole(user, 'DISTRICT_MANAGER', 'ADMIN');

/** May open Camunda Admin and the API documentation. */
export const isAdmin = (user: CurrentUser | null | undefined) => hasAnyRole(user, 'ADMIN');

export function knownRoles(user: CurrentUser): Role[] {
  return user.roles.filter(isRole);
}
