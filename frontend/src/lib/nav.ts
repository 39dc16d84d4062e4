import type { CurrentUser, Role } from '@/lib/auth/types';
import { hasAnyRole } from '@/lib/auth/roles';

/** Icons an entry may ask for besides the default list icon (app/layout/NavMenu draws them); one per entry. */
export type NavIcon =
  | 'dashboard' | 'barChart' | 'fileExcel' | 'folder' | 'userAdd' | 'notice' | 'heart' | 'alert' | 'schedule'
  | 'profile' | 'carryOut' | 'accountBook' | 'fileSearch' | 'warning' | 'team' | 'contract' | 'gift' | 'send'
  | 'pieChart' | 'audit' | 'calendar' | 'moneyCollect' | 'import' | 'fork';

/** A menu entry a feature offers; the app's menu decides how to draw it. No component imports here. */
export interface FeatureNavItem {
  key: string;
  /** i18n key; this feature registers it under `nav.*` (add it to src/i18n/zh.ts + en.ts for typed `t`). */
  labelKey:
    | 'nav.cases' | 'nav.leadNew' | 'nav.notices' | 'nav.care' | 'nav.careEmergencies'
    | 'nav.servicesToday' | 'nav.servicesOrders' | 'nav.servicesDeliveries' | 'nav.servicesStatements'
    | 'nav.servicesSpotChecks' | 'nav.servicesWarnings' | 'nav.servicesHelpers' | 'nav.servicesContracts'
    | 'nav.referralsEligible' | 'nav.referrals' | 'nav.referralsStats' | 'nav.departments'
    | 'nav.temporaryAid' | 'nav.recognitionImport'
    | 'nav.meetings' | 'nav.agencyReferrals'
    | 'nav.intakes'
    | 'nav.accessLog' | 'nav.calendar' | 'nav.monitoring' | 'nav.reportsKpis' | 'nav.reports';
  /** Chinese label, for a menu that does not translate. */
  label: string;
  path: string;
  /** Roles that see the entry (any of them); mirrors the server's rules. */
  roles: Role[];
  /** The menu's icon for the entry (a name: this file imports no component); a list icon by default. */
  icon?: NavIcon;
  /** A heading the entry is shown under, so a long menu stays readable. */
  section?: 'services' | 'referrals' | 'reports';
}

/** The entries a user may see. */
export function visibleNavItems(user: CurrentUser | null | undefined, items: readonly FeatureNavItem[]): FeatureNavItem[] {
  return items.filter((item) => hasAnyRole(user, ...item.roles));
}
