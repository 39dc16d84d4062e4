import type { CurrentUser, Role } from '@/features/auth/types';
import { hasAnyRole, ROLE_GROUPS } from '@/features/auth/roles';

/** A menu entry a feature offers; the app's menu decides how to draw it. No component imports here. */
export interface FeatureNavItem {
  key: string;
  /** i18n key; this feature registers it under `nav.*` (add it to src/i18n/zh.ts + en.ts for typed `t`). */
  labelKey:
    | 'nav.cases' | 'nav.leadNew' | 'nav.notices' | 'nav.care' | 'nav.careEmergencies'
    | 'nav.servicesToday' | 'nav.servicesOrders' | 'nav.servicesDeliveries' | 'nav.servicesStatements'
    | 'nav.servicesSpotChecks' | 'nav.servicesWarnings' | 'nav.servicesHelpers' | 'nav.servicesContracts'
    | 'nav.referralsEligible' | 'nav.referrals' | 'nav.referralsStats'
    | 'nav.accessLog' | 'nav.calendar';
  /** Chinese label, for a menu that does not translate. */
  label: string;
  path: string;
  /** Roles that see the entry (any of them); mirrors the server's rules. */
  roles: Role[];
  /** A heading the entry is shown under, so a long menu stays readable. */
  section?: 'services' | 'referrals';
}

export const caseNavItems: FeatureNavItem[] = [
  {
    key: '/cases',
    labelKey: 'nav.cases',
    label: '救助案件',
    path: '/cases',
    roles: [...ROLE_GROUPS.OFFICIALS],
  },
  {
    key: '/leads/new',
    labelKey: 'nav.leadNew',
    label: '登记线索',
    path: '/leads/new',
    roles: [...ROLE_GROUPS.STREET_STAFF],
  },
];

/** The entries a user may see. */
export function visibleNavItems(user: CurrentUser | null | undefined, items: readonly FeatureNavItem[]): FeatureNavItem[] {
  return items.filter((item) => hasAnyRole(user, ...item.roles));
}
