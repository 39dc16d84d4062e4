import type { RouteObject } from 'react-router-dom';

/** Children of the signed-in layout route; every page loads on demand (ECharts and bpmn-js with them). */
export const monitoringRoutes: RouteObject[] = [
  { path: 'monitoring', lazy: async () => ({ Component: (await import('./components/OverviewPage')).OverviewPage }) },
  { path: 'monitoring/tasks', lazy: async () => ({ Component: (await import('./components/TasksPage')).TasksPage }) },
  { path: 'monitoring/steps', lazy: async () => ({ Component: (await import('./components/StepsPage')).StepsPage }) },
];
