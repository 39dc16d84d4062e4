import type { RouteObject } from 'react-router-dom';

/** Children of the signed-in layout route; the page loads on demand. */
export const auditRoutes: RouteObject[] = [
  { path: 'audit/access-log', lazy: async () => ({ Component: (await import('./components/AccessLogPage')).AccessLogPage }) },
];
