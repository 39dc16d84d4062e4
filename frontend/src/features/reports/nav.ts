import { ROLE_GROUPS } from '@/lib/auth/roles';
import type { FeatureNavItem } from '@/lib/nav';

/**
 * 统计报表: the KPI page for street clerks (their street), district managers and admins (the district);
 * the stored reports for district managers and admins (as the server's rules).
 */
export const reportNavItems: FeatureNavItem[] = [
  { key: '/reports/kpis', labelKey: 'nav.reportsKpis', label: '工作指标', path: '/reports/kpis', icon: 'barChart', section: 'reports', roles: [...ROLE_GROUPS.SUPERVISORS] },
  { key: '/reports', labelKey: 'nav.reports', label: '统计报表', path: '/reports', icon: 'fileExcel', section: 'reports', roles: [...ROLE_GROUPS.MANAGERS] },
];
