import type { RouteObject } from 'react-router-dom';

/** Children of the signed-in layout route; every page loads on demand. */
export const departmentRoutes: RouteObject[] = [
  { path: 'departments', lazy: async () => ({ Component: (await import('./components/ReferralPages')).DepartmentReferralsPage }) },
  {
    path: 'departments/referrals/:referralNo',
    lazy: async () => ({ Component: (await import('./components/ReferralPages')).DepartmentReferralPage }),
  },
];
