import type { RouteObject } from 'react-router-dom';

/**
 * Children of the signed-in layout route: relative paths. The print pages stay inside the layout;
 * their print CSS hides the app's header and menu and sets the page to A4 portrait. Pages load on
 * demand and register the notice strings themselves.
 */
export const noticeRoutes: RouteObject[] = [
  { path: 'notices', lazy: async () => ({ Component: (await import('./components/NoticeBoardPage')).NoticeBoardPage }) },
  {
    path: 'notices/print',
    lazy: async () => ({ Component: (await import('./components/NoticePrintPages')).NoticeBoardPrintPage }),
  },
  {
    path: 'notices/:noticeId/print',
    lazy: async () => ({ Component: (await import('./components/NoticePrintPages')).NoticePrintPage }),
  },
];
