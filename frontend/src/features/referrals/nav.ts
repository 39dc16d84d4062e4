import type { FeatureNavItem } from '@/lib/nav';

/** Menu entries of charity referral; labels are `nav.referrals*` in src/i18n. */
export const referralNavItems: FeatureNavItem[] = [
  { key: '/referrals/eligible', labelKey: 'nav.referralsEligible', label: '慈善转介', path: '/referrals/eligible', section: 'referrals', roles: ['VILLAGE_OFFICER', 'STREET_CLERK', 'DISTRICT_MANAGER', 'ADMIN'] },
  { key: '/referrals', labelKey: 'nav.referrals', label: '转介批次', path: '/referrals', section: 'referrals', roles: ['STREET_CLERK', 'DISTRICT_MANAGER', 'ADMIN', 'CHARITY_STAFF'] },
  { key: '/referrals/stats', labelKey: 'nav.referralsStats', label: '转介统计', path: '/referrals/stats', section: 'referrals', roles: ['STREET_CLERK', 'DISTRICT_MANAGER', 'ADMIN'] },
];
