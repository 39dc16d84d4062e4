import { ROLE_GROUPS } from '@/lib/auth/roles';
import type { FeatureNavItem } from '@/lib/nav';

/** Menu entries of charity referral; labels are `nav.referrals*` in src/i18n. */
export const referralNavItems: FeatureNavItem[] = [
  { key: '/referrals/eligible', icon: 'gift', labelKey: 'nav.referralsEligible', label: '慈善转介', path: '/referrals/eligible', section: 'referrals', roles: [...ROLE_GROUPS.OFFICIALS] },
  { key: '/referrals', icon: 'send', labelKey: 'nav.referrals', label: '转介批次', path: '/referrals', section: 'referrals', roles: [...ROLE_GROUPS.SUPERVISORS_AND_CHARITIES] },
  { key: '/referrals/stats', icon: 'pieChart', labelKey: 'nav.referralsStats', label: '转介统计', path: '/referrals/stats', section: 'referrals', roles: [...ROLE_GROUPS.SUPERVISORS] },
];
