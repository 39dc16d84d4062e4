import type { FeatureNavItem } from '@/lib/nav';

/** The access log is for administrators only (the server answers 403 to everyone else). */
export const auditNavItems: FeatureNavItem[] = [
  { key: '/audit/access-log', icon: 'audit', labelKey: 'nav.accessLog', label: '访问日志', path: '/audit/access-log', roles: ['ADMIN'] },
];
