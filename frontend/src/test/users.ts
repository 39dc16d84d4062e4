import type { CurrentUser } from '@/lib/auth/types';

/** Signed-in users the component tests use. */
export const villageOfficer: CurrentUser = {
  username: 'vo002002',
  displayName: '杨帆',
  email: null,
  roles: ['VILLAGE_OFFICER'],
  orgCode: '360199002002',
  orgName: '渔港村',
  orgLevel: 'VILLAGE',
};

export const streetClerk: CurrentUser = {
  username: 'street002',
  displayName: '钱进',
  email: null,
  roles: ['STREET_CLERK'],
  orgCode: '360199002',
  orgName: '东湖街道',
  orgLevel: 'STREET',
};
