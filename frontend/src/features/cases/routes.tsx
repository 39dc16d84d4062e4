import type { RouteObject } from 'react-router-dom';

/**
 * Children of the signed-in layout route (`/` with RequireAuth + AppLayout): paths are relative.
 * The card print page lives here too; its print CSS hides the app's header and menu.
 * Pages load on demand (each registers the `cases` strings itself), so the sign-in page and the
 * inbox do not carry them.
 */
export const caseRoutes: RouteObject[] = [
  { path: 'leads/new', lazy: async () => ({ Component: (await import('./components/LeadFormPage')).LeadFormPage }) },
  { path: 'cases', lazy: async () => ({ Component: (await import('./components/CaseListPage')).CaseListPage }) },
  { path: 'cases/:caseNo', lazy: async () => ({ Component: (await import('./components/CaseViewPage')).CaseViewPage }) },
  {
    path: 'cases/:caseNo/card',
    lazy: async () => ({ Component: (await import('./components/ServiceCardPrintPage')).ServiceCardPrintPage }),
  },
  {
    path: 'cases/:caseNo/pin-slip',
    lazy: async () => ({ Component: (await import('./components/PinSlipPrintPage')).PinSlipPrintPage }),
  },
];
