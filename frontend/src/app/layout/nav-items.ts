import type { CurrentUser } from '@/lib/auth/types';
import { isAdmin, isManager } from '@/lib/auth/roles';
import { caseNavItems } from '@/features/cases/nav';
import { visibleNavItems, type FeatureNavItem } from '@/lib/nav';
import { noticeNavItems } from '@/features/cases/notices/nav';
import { careNavItems } from '@/features/care/nav';
import { serviceNavItems } from '@/features/services/nav';
import { referralNavItems } from '@/features/referrals/nav';
import { departmentNavItems } from '@/features/departments/nav';
import { tempaidNavItems } from '@/features/tempaid/nav';
import { meetingNavItems } from '@/features/meetings/nav';
import { oneDoorNavItems } from '@/features/onedoor/nav';
import { auditNavItems } from '@/features/audit/nav';
import { calendarNavItems } from '@/features/calendar/nav';
import { monitoringNavItems } from '@/features/monitoring/nav';
import { reportNavItems } from '@/features/reports/nav';

export type NavItem =
  | {
      key: string;
      kind: 'route';
      to: string;
      labelKey: FeatureNavItem['labelKey'] | 'nav.tasks';
      section?: FeatureNavItem['section'];
      icon?: FeatureNavItem['icon'] | 'inbox';
    }
  | {
      key: string;
      kind: 'external';
      href: string;
      labelKey: 'nav.cockpit' | 'nav.tasklist' | 'nav.admin' | 'nav.apiDocs';
    };

const route = (item: FeatureNavItem): NavItem => ({
  key: item.key,
  kind: 'route',
  to: item.path,
  labelKey: item.labelKey,
  section: item.section,
  icon: item.icon,
});

/**
 * The menu a user sees: the monitoring centre first for those who have it (their home page), then
 * everyone's inbox and the feature pages; managers and admins also the server's tools.
 */
export function navItems(user: CurrentUser): NavItem[] {
  const items: NavItem[] = visibleNavItems(user, monitoringNavItems).map(route);
  items.push({ key: '/tasks', kind: 'route', to: '/tasks', labelKey: 'nav.tasks', icon: 'inbox' });
  for (const item of visibleNavItems(user, [...caseNavItems, ...oneDoorNavItems, ...noticeNavItems, ...careNavItems, ...serviceNavItems, ...referralNavItems, ...departmentNavItems, ...tempaidNavItems, ...meetingNavItems, ...reportNavItems, ...auditNavItems, ...calendarNavItems])) {
    items.push(route(item));
  }
  if (isManager(user)) {
    items.push(
      { key: 'cockpit', kind: 'external', href: '/camunda/app/cockpit/default/', labelKey: 'nav.cockpit' },
      { key: 'tasklist', kind: 'external', href: '/camunda/app/tasklist/default/', labelKey: 'nav.tasklist' },
    );
  }
  if (isAdmin(user)) {
    items.push(
      { key: 'admin', kind: 'external', href: '/camunda/app/admin/default/', labelKey: 'nav.admin' },
      { key: 'api-docs', kind: 'external', href: '/swagger-ui/index.html', labelKey: 'nav.apiDocs' },
    );
  }
  return items;
}
