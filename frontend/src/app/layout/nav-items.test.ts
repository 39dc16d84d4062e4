import { describe, expect, it } from 'vitest';
import type { CurrentUser } from '@/lib/auth/types';
import { navItems } from './nav-items';

const user = (...roles: string[]): CurrentUser => ({
  username: 'u',
  email: null,
  displayName: 'U',
  roles,
  orgCode: '360199',
  orgName: '青山区',
  orgLevel: 'DISTRICT',
});

const keys = (...roles: string[]) => navItems(user(...roles)).map((i) => i.key);

describe('navItems', () => {
  it('gives field staff the inbox and their feature pages', () => {
    expect(keys('VILLAGE_OFFICER')).toEqual(['/tasks', '/cases', '/leads/new', '/intakes', '/notices', '/care', '/services/orders', '/services/deliveries', '/services/statements', '/services/spot-checks', '/services/warnings', '/services/helpers', '/referrals/eligible', '/departments', '/temporary-aid']);
    expect(keys('STREET_CLERK')).toEqual([
      '/monitoring', '/tasks', '/cases', '/leads/new', '/intakes', '/notices', '/care', '/care/emergencies',
      '/services/orders', '/services/deliveries', '/services/statements', '/services/spot-checks', '/services/warnings', '/services/helpers', '/services/contracts',
      '/referrals/eligible', '/referrals', '/referrals/stats', '/departments', '/temporary-aid', '/reports/kpis',
    ]);
    expect(keys('CHARITY_STAFF')).toEqual(['/tasks', '/referrals']);
    expect(keys('DEPARTMENT_STAFF')).toEqual(['/tasks', '/departments']);
    expect(keys('SOCIAL_WORK_AGENCY')).toEqual(['/tasks', '/meetings/agency']);
    expect(keys('CARE_CADRE')).toEqual(['/tasks', '/care']);
    expect(keys('PROVIDER_STAFF')).toEqual([
      '/tasks', '/services/today', '/services/orders', '/services/deliveries', '/services/statements', '/services/contracts',
    ]);
  });

  it('adds Cockpit and Tasklist for district managers', () => {
    expect(keys('DISTRICT_MANAGER')).toEqual([
      '/monitoring', '/tasks', '/cases', '/intakes', '/notices', '/care', '/care/emergencies',
      '/services/orders', '/services/deliveries', '/services/statements', '/services/spot-checks', '/services/warnings', '/services/helpers', '/services/contracts',
      '/referrals/eligible', '/referrals', '/referrals/stats', '/departments', '/temporary-aid', '/recognitions/import', '/meetings', '/reports/kpis', '/reports', '/calendar', 'cockpit', 'tasklist',
    ]);
  });

  it('adds Camunda Admin and the API docs for admins', () => {
    const items = navItems(user('ADMIN'));
    expect(items.map((i) => i.key)).toEqual([
      '/monitoring', '/tasks', '/cases', '/intakes', '/notices', '/care', '/care/emergencies',
      '/services/orders', '/services/deliveries', '/services/statements', '/services/spot-checks', '/services/warnings', '/services/helpers', '/services/contracts',
      '/referrals/eligible', '/referrals', '/referrals/stats', '/departments', '/temporary-aid', '/reports/kpis', '/reports', '/audit/access-log', '/calendar', 'cockpit', 'tasklist', 'admin', 'api-docs',
    ]);
    expect(items.filter((i) => i.kind === 'external').map((i) => i.kind === 'external' && i.href)).toEqual([
      '/camunda/app/cockpit/default/',
      '/camunda/app/tasklist/default/',
      '/camunda/app/admin/default/',
      '/swagger-ui/index.html',
    ]);
  });

  it('puts the monitoring centre first, with its own icon, for supervisors only', () => {
    const first = navItems(user('STREET_CLERK'))[0];
    expect(first).toMatchObject({ key: '/monitoring', kind: 'route', to: '/monitoring', labelKey: 'nav.monitoring', icon: 'dashboard' });
    expect(keys('VILLAGE_OFFICER')).not.toContain('/monitoring');
    expect(keys('PROVIDER_STAFF')).not.toContain('/monitoring');
  });

  it('labels the care entries', () => {
    const care = navItems(user('DISTRICT_MANAGER')).filter((i) => i.key.startsWith('/care'));
    expect(care.map((i) => i.labelKey)).toEqual(['nav.care', 'nav.careEmergencies']);
  });
});
