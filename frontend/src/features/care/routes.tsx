import type { RouteObject } from 'react-router-dom';

/**
 * Children of the signed-in layout route (`/` with RequireAuth + AppLayout): paths are relative.
 * Every page loads on demand, so the care screens do not weigh on the main bundle; each page
 * module registers the `care.*` strings itself.
 */
export const careRoutes: RouteObject[] = [
  {
    path: 'care',
    lazy: async () => ({ Component: (await import('./components/CareRosterPage')).CareRosterPage }),
  },
  {
    path: 'care/enrol',
    lazy: async () => ({ Component: (await import('./components/CareEnrolPage')).CareEnrolPage }),
  },
  {
    path: 'care/import',
    lazy: async () => ({ Component: (await import('./components/CareImportPage')).CareImportPage }),
  },
  {
    path: 'care/emergencies',
    lazy: async () => ({ Component: (await import('./components/CareEmergencyPage')).CareEmergencyPage }),
  },
  {
    path: 'care/:enrolmentNo',
    lazy: async () => ({ Component: (await import('./components/CareEnrolmentPage')).CareEnrolmentPage }),
  },
];
