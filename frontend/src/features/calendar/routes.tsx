import type { RouteObject } from 'react-router-dom';

/** Children of the signed-in layout route; the page loads on demand. */
export const calendarRoutes: RouteObject[] = [
  { path: 'calendar', lazy: async () => ({ Component: (await import('./components/CalendarPage')).CalendarPage }) },
];
