import type { FeatureNavItem } from '@/lib/nav';

export const noticeNavItems: FeatureNavItem[] = [
  {
    key: '/notices',
    labelKey: 'nav.notices',
    label: '公示栏',
    path: '/notices',
    roles: ['VILLAGE_OFFICER', 'STREET_CLERK', 'DISTRICT_MANAGER', 'ADMIN'],
  },
];
