import { ROLE_GROUPS } from '@/features/auth/roles';
import type { FeatureNavItem } from '@/features/cases/nav';

export const noticeNavItems: FeatureNavItem[] = [
  {
    key: '/notices',
    labelKey: 'nav.notices',
    label: '公示栏',
    path: '/notices',
    roles: [...ROLE_GROUPS.OFFICIALS],
  },
];
