import { describe, expect, it } from 'vitest';
import { noticeNavItems } from '@/features/cases/notices/nav';
import { caseNavItems } from '@/features/cases/nav';
import { visibleNavItems } from '@/lib/nav';
import { streetClerk, villageOfficer } from '@/test/users';

const all = [...caseNavItems, ...noticeNavItems];
const keysFor = (roles: string[]) => visibleNavItems({ ...villageOfficer, roles }, all).map((i) => i.key);

describe('menu entries', () => {
  it('follow the server roles', () => {
    expect(visibleNavItems(villageOfficer, all).map((i) => i.key)).toEqual(['/cases', '/leads/new', '/notices']);
    expect(visibleNavItems(streetClerk, all).map((i) => i.key)).toEqual(['/cases', '/leads/new', '/notices']);
    expect(keysFor(['DISTRICT_MANAGER'])).toEqual(['/cases', '/notices']);
    // Care cadres work on their people under care monitoring, not on case files.
    expect(keysFor(['CARE_CADRE'])).toEqual([]);
    expect(keysFor(['PROVIDER_STAFF'])).toEqual([]);
    expect(visibleNavItems(null, all)).toEqual([]);
  });
});
