import { ROLE_GROUPS } from '@/lib/auth/roles';
import type { FeatureNavItem } from '@/lib/nav';

export const caseNavItems: FeatureNavItem[] = [
  {
    key: '/cases', icon: 'folder',
    labelKey: 'nav.cases',
    label: '救助案件',
    path: '/cases',
    roles: [...ROLE_GROUPS.OFFICIALS],
  },
  {
    key: '/leads/new', icon: 'userAdd',
    labelKey: 'nav.leadNew',
    label: '登记线索',
    path: '/leads/new',
    roles: [...ROLE_GROUPS.STREET_STAFF],
  },
];
