import type { RouteObject } from 'react-router-dom';
import { CaseListPage } from './components/CaseListPage';
import { CaseViewPage } from './components/CaseViewPage';
import { LeadFormPage } from './components/LeadFormPage';
import { PinSlipPrintPage } from './components/PinSlipPrintPage';
import { ServiceCardPrintPage } from './components/ServiceCardPrintPage';
import './i18n';

/**
 * Children of the signed-in layout route (`/` with RequireAuth + AppLayout): paths are relative.
 * The card print page lives here too; its print CSS hides the app's header and menu.
 */
export const caseRoutes: RouteObject[] = [
  { path: 'leads/new', element: <LeadFormPage /> },
  { path: 'cases', element: <CaseListPage /> },
  { path: 'cases/:caseNo', element: <CaseViewPage /> },
  { path: 'cases/:caseNo/card', element: <ServiceCardPrintPage /> },
  { path: 'cases/:caseNo/pin-slip', element: <PinSlipPrintPage /> },
];
