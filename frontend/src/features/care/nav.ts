import type { FeatureNavItem } from '@/lib/nav';

/** Menu entries of the care feature; labels are `nav.care` / `nav.careEmergencies` in src/i18n. */
export const careNavItems: FeatureNavItem[] = [
  {
    key: '/care',
    labelKey: 'nav.care',
    label: '关爱帮扶',
    path: '/care',
    roles: ['VILLAGE_OFFICER', 'STREET_CLERK', 'DISTRICT_MANAGER', 'CARE_CADRE', 'ADMIN'],
  },
  {
    key: '/care/emergencies',
    labelKey: 'nav.careEmergencies',
    label: '应急走访',
    path: '/care/emergencies',
    roles: ['DISTRICT_MANAGER', 'STREET_CLERK', 'ADMIN'],
  },
];
