import type { Role } from '@/lib/auth/types';
import type { FeatureNavItem } from '@/lib/nav';

/** Who reads department referrals: civil affairs at every level, the administrator and department staff. */
export const DEPARTMENT_READERS: Role[] = ['VILLAGE_OFFICER', 'STREET_CLERK', 'DISTRICT_MANAGER', 'ADMIN', 'DEPARTMENT_STAFF'];

/** Menu entries of department referral; the label is `nav.departments` in src/i18n. */
export const departmentNavItems: FeatureNavItem[] = [
  { key: '/departments', labelKey: 'nav.departments', label: '部门转办', path: '/departments', roles: [...DEPARTMENT_READERS] },
];
