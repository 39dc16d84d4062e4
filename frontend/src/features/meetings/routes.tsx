import type { RouteObject } from 'react-router-dom';

/** Children of the signed-in layout route; every page loads on demand. */
export const meetingRoutes: RouteObject[] = [
  { path: 'meetings', lazy: async () => ({ Component: (await import('./components/AgendaPage')).AgendaPage }) },
  { path: 'meetings/agency', lazy: async () => ({ Component: (await import('./components/AgendaPage')).AgendaPage }) },
  { path: 'meetings/items/:itemNo', lazy: async () => ({ Component: (await import('./components/ItemPage')).ItemPage }) },
  { path: 'meetings/m/:meetingNo', lazy: async () => ({ Component: (await import('./components/MeetingPage')).MeetingPage }) },
];
