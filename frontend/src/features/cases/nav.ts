import type { FeatureNavItem } from '@/lib/nav';

export const caseNavItems: FeatureNavItem[] = [
  {
    key: '/cases',
    labelKey: 'nav.cases',
    label: '救助案件',
    path: '/cases',
    roles: ['VILLAGE_OFFICER', 'STREET_CLERK', 'DISTRICT_MANAGER', 'ADMIN'],
  },
  {
    key: '/leads/new',
    labelKey: 'nav.leadNew',
    label: '登记线索',
    path: '/leads/new',
    roles: ['VILLAGE_OFFICER', 'STREET_CLERK'],
  },
];
