import type { RouteObject } from 'react-router-dom';

/** Children of the signed-in layout route; every page loads on demand. */
export const referralRoutes: RouteObject[] = [
  { path: 'referrals', lazy: async () => ({ Component: (await import('./components/BatchPages')).BatchesPage }) },
  { path: 'referrals/eligible', lazy: async () => ({ Component: (await import('./components/EligiblePage')).EligiblePage }) },
  { path: 'referrals/stats', lazy: async () => ({ Component: (await import('./components/StatsPage')).StatsPage }) },
  { path: 'referrals/:batchNo', lazy: async () => ({ Component: (await import('./components/BatchPages')).BatchPage }) },
];
