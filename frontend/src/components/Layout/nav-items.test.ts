import { describe, expect, it } from 'vitest';
import type { CurrentUser } from '@/features/auth/types';
import { navItems } from './nav-items';

const user = (...roles: string[]): CurrentUser => ({
  username: 'u',
  displayName: 'U',
  roles,
  orgCode: '360199',
  orgName: '青山区',
  orgLevel: 'DISTRICT',
});

describe('navItems', () => {
  it('gives field staff only the inbox', () => {
    expect(navItems(user('VILLAGE_OFFICER')).map((i) => i.key)).toEqual(['/tasks']);
  });

  it('adds Cockpit and Tasklist for district managers', () => {
    expect(navItems(user('DISTRICT_MANAGER')).map((i) => i.key)).toEqual(['/tasks', 'cockpit', 'tasklist']);
  });

  it('adds Camunda Admin and the API docs for admins', () => {
    const items = navItems(user('ADMIN'));
    expect(items.map((i) => i.key)).toEqual(['/tasks', 'cockpit', 'tasklist', 'admin', 'api-docs']);
    expect(items.filter((i) => i.kind === 'external').map((i) => i.kind === 'external' && i.href)).toEqual([
      '/camunda/app/cockpit/default/',
      '/camunda/app/tasklist/default/',
      '/camunda/app/admin/default/',
      '/swagger-ui/index.html',
    ]);
  });
});
