import type { RouteObject } from 'react-router-dom';
import { NoticeBoardPage } from './components/NoticeBoardPage';
import { NoticeBoardPrintPage, NoticePrintPage } from './components/NoticePrintPages';
import './i18n';

/**
 * Children of the signed-in layout route: relative paths. The print pages stay inside the layout;
 * their print CSS hides the app's header and menu and sets the page to A4 portrait.
 */
export const noticeRoutes: RouteObject[] = [
  { path: 'notices', element: <NoticeBoardPage /> },
  { path: 'notices/print', element: <NoticeBoardPrintPage /> },
  { path: 'notices/:noticeId/print', element: <NoticePrintPage /> },
];
