import { describe, expect, it } from 'vitest';
import { hasAnyRole, isAdmin, isManager, knownRoles } from './roles';
import type { CurrentUser } from './types';

const user = (roles: string[]): CurrentUser => ({
  username: 'u',
  email: null,
  displayName: 'U',
  roles,
  orgCode: '360199',
  orgName: '青山区',
  orgLevel: 'DISTRICT',
});

describe('roles', () => {
  it('recognises managers and admins', () => {
    expect(isManager(user(['DISTRICT_MANAGER']))).toBe(true);
    expect(isManager(user(['ADMIN']))).toBe(true);
    expect(isManager(user(['VILLAGE_OFFICER']))).toBe(false);
    expect(isAdmin(user(['DISTRICT_MANAGER']))).toBe(false);
    expect(isAdmin(user(['ADMIN']))).toBe(true);
    expect(isManager(null)).toBe(false);
  });

  it('ignores roles it does not know', () => {
    expect(knownRoles(user(['STREET_CLERK', 'SOMETHING_NEW']))).toEqual(['STREET_CLERK']);
    expect(hasAnyRole(user(['SOMETHING_NEW']), 'ADMIN')).toBe(false);
  });
});
