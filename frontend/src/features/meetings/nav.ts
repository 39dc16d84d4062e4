import type { FeatureNavItem } from '@/lib/nav';

/** Menu entries of the joint meeting; labels are `nav.meetings` / `nav.agencyReferrals` in src/i18n. */
export const meetingNavItems: FeatureNavItem[] = [
  { key: '/meetings', icon: 'team', labelKey: 'nav.meetings', label: '联席会议', path: '/meetings', roles: ['DISTRICT_MANAGER'] },
  { key: '/meetings/agency', icon: 'carryOut', labelKey: 'nav.agencyReferrals', label: '社工转介', path: '/meetings/agency', roles: ['SOCIAL_WORK_AGENCY'] },
];
