import { ROLE_GROUPS } from '@/lib/auth/roles';
import type { FeatureNavItem } from '@/lib/nav';

/** Menu entries of the care feature; labels are `nav.care` / `nav.careEmergencies` in src/i18n. */
export const careNavItems: FeatureNavItem[] = [
  {
    key: '/care', icon: 'heart',
    labelKey: 'nav.care',
    label: '关爱帮扶',
    path: '/care',
    roles: [...ROLE_GROUPS.CARE_READERS],
  },
  {
    key: '/care/emergencies', icon: 'alert',
    labelKey: 'nav.careEmergencies',
    label: '应急走访',
    path: '/care/emergencies',
    roles: [...ROLE_GROUPS.SUPERVISORS],
  },
];
