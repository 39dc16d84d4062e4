import { ROLE_GROUPS } from '@/lib/auth/roles';
import type { FeatureNavItem } from '@/lib/nav';

/** The calendar import is the district's and the administrators' (the server answers 403 to everyone else). */
export const calendarNavItems: FeatureNavItem[] = [
  { key: '/calendar', icon: 'calendar', labelKey: 'nav.calendar', label: '工作日历', path: '/calendar', roles: [...ROLE_GROUPS.MANAGERS] },
];
