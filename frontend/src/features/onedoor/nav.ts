import { ROLE_GROUPS } from '@/lib/auth/roles';
import type { FeatureNavItem } from '@/lib/nav';

/** Menu entries of one door; labels are `nav.intakes*` in src/i18n. */
export const oneDoorNavItems: FeatureNavItem[] = [
  { key: '/intakes', icon: 'fork', labelKey: 'nav.intakes', label: '一门受理', path: '/intakes', roles: [...ROLE_GROUPS.OFFICIALS] },
];
