import type { RouteObject } from 'react-router-dom';

/** Children of the signed-in layout route; every page loads on demand. */
export const tempaidRoutes: RouteObject[] = [
  { path: 'temporary-aid', lazy: async () => ({ Component: (await import('./components/ListPage')).ListPage }) },
  { path: 'temporary-aid/new', lazy: async () => ({ Component: (await import('./components/NewPage')).NewPage }) },
  { path: 'temporary-aid/:applicationNo', lazy: async () => ({ Component: (await import('./components/DetailPage')).DetailPage }) },
  { path: 'recognitions/import', lazy: async () => ({ Component: (await import('./components/ImportPage')).ImportPage }) },
];
