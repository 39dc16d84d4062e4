import type { RouteObject } from 'react-router-dom';

/** Children of the signed-in layout route; each page loads on demand (ECharts with the KPI page). */
export const reportRoutes: RouteObject[] = [
  { path: 'reports', lazy: async () => ({ Component: (await import('./components/ReportsPage')).ReportsPage }) },
  { path: 'reports/kpis', lazy: async () => ({ Component: (await import('./components/KpiPage')).KpiPage }) },
];
