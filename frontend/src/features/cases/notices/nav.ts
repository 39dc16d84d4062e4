import { ROLE_GROUPS } from '@/lib/auth/roles';
import type { FeatureNavItem } from '@/lib/nav';

export const noticeNavItems: FeatureNavItem[] = [
  {
    key: '/notices', icon: 'notice',
    labelKey: 'nav.notices',
    label: '公示栏',
    path: '/notices',
    roles: [...ROLE_GROUPS.OFFICIALS],
  },
];
