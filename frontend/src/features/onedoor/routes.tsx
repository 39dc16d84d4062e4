import type { RouteObject } from 'react-router-dom';

/** Children of the signed-in layout route; every page loads on demand. */
export const oneDoorRoutes: RouteObject[] = [
  { path: 'intakes', lazy: async () => ({ Component: (await import('./components/IntakePages')).IntakeListPage }) },
  { path: 'intakes/new', lazy: async () => ({ Component: (await import('./components/IntakeFormPage')).IntakeFormPage }) },
  { path: 'intakes/:intakeNo', lazy: async () => ({ Component: (await import('./components/IntakePages')).IntakeViewPage }) },
  { path: 'persons/:personId', lazy: async () => ({ Component: (await import('./components/PersonPage')).PersonPage }) },
];
