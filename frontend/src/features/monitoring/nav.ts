import { ROLE_GROUPS } from '@/lib/auth/roles';
import type { FeatureNavItem } from '@/lib/nav';

/**
 * 监控中心: street clerks (their street), district managers and admins (the district), as the server's
 * RoleGroups.SUPERVISORS; the label is `nav.monitoring` in src/i18n.
 */
export const monitoringNavItems: FeatureNavItem[] = [
  { key: '/monitoring', labelKey: 'nav.monitoring', label: '监控中心', path: '/monitoring', icon: 'dashboard', roles: [...ROLE_GROUPS.SUPERVISORS] },
];
