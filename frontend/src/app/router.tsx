import { useEffect } from 'react';
import { createBrowserRouter, Navigate } from 'react-router-dom';
import { FullPageSpin } from '@/components/FullPageSpin';
import { LoginPage } from '@/features/auth/components/LoginPage';
import { caseRoutes } from '@/features/cases/routes';
import { noticeRoutes } from '@/features/cases/notices/routes';
import { careRoutes } from '@/features/care/routes';
import { serviceRoutes } from '@/features/services/routes';
import { referralRoutes } from '@/features/referrals/routes';
import { departmentRoutes } from '@/features/departments/routes';
import { tempaidRoutes } from '@/features/tempaid/routes';
import { meetingRoutes } from '@/features/meetings/routes';
import { oneDoorRoutes } from '@/features/onedoor/routes';
import { auditRoutes } from '@/features/audit/routes';
import { calendarRoutes } from '@/features/calendar/routes';
import { monitoringRoutes } from '@/features/monitoring/routes';
import { reportRoutes } from '@/features/reports/routes';
import { landsOnMonitoring } from '@/features/monitoring/lib/roles';
import { useCurrentUser } from '@/lib/auth/current-user';

/** The home page: district managers and street clerks open the monitoring centre, everyone else the inbox. */
function Home() {
  const user = useCurrentUser();
  return <Navigate to={landsOnMonitoring(user) ? '/monitoring' : '/tasks'} replace />;
}

const loadShell = () => import('./layout/SignedInShell');
const loadInbox = () => import('@/features/tasks/components/TaskListPage');

/**
 * The sign-in page, which fetches the signed-in frame and the inbox once it is on screen: they arrive
 * while the officer types, so the inbox opens without waiting for them on a slow line.
 */
function LoginRoute() {
  useEffect(() => {
    const timer = window.setTimeout(() => {
      void loadShell().catch(() => undefined);
      void loadInbox().catch(() => undefined);
    }, 500);
    return () => window.clearTimeout(timer);
  }, []);
  return <LoginPage />;
}

export const routes = [
  { path: '/login', element: <LoginRoute /> },
  {
    path: '/',
    HydrateFallback: FullPageSpin,
    // The signed-in frame loads on demand too: the sign-in page carries only what it shows.
    lazy: async () => ({ Component: (await loadShell()).SignedInShell }),
    children: [
      { index: true, element: <Home /> },
      // Pages load on demand, so the sign-in page does not carry the inbox's table and form code.
      {
        path: 'tasks',
        lazy: async () => ({ Component: (await loadInbox()).TaskListPage }),
      },
      {
        path: 'tasks/:id',
        lazy: async () => ({ Component: (await import('./TaskDetailRoute')).TaskDetailRoute }),
      },
      ...caseRoutes,
      ...noticeRoutes,
      ...careRoutes,
      ...serviceRoutes,
      ...referralRoutes,
      ...departmentRoutes,
      ...tempaidRoutes,
      ...meetingRoutes,
      ...oneDoorRoutes,
      ...auditRoutes,
      ...calendarRoutes,
      ...monitoringRoutes,
      ...reportRoutes,
    ],
  },
  { path: '*', lazy: async () => ({ Component: (await import('@/components/NotFoundPage')).NotFoundPage }) },
];

export const createRouter = () => createBrowserRouter(routes);
