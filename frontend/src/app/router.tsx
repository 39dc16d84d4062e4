import { createBrowserRouter, Navigate } from 'react-router-dom';
import { AppLayout } from '@/app/layout/AppLayout';
import { FullPageSpin } from '@/components/FullPageSpin';
import { NotFoundPage } from '@/components/NotFoundPage';
import { LoginPage } from '@/features/auth/components/LoginPage';
import { RequireAuth } from '@/features/auth/components/RequireAuth';
import { caseRoutes } from '@/features/cases/routes';
import { noticeRoutes } from '@/features/cases/notices/routes';
import { careRoutes } from '@/features/care/routes';
import { serviceRoutes } from '@/features/services/routes';
import { referralRoutes } from '@/features/referrals/routes';
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

export const routes = [
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    HydrateFallback: FullPageSpin,
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <Home /> },
      // Pages load on demand, so the sign-in page does not carry the inbox's table and form code.
      {
        path: 'tasks',
        lazy: async () => ({ Component: (await import('@/features/tasks/components/TaskListPage')).TaskListPage }),
      },
      {
        path: 'tasks/:id',
        lazy: async () => ({ Component: (await import('@/features/tasks/components/TaskDetailPage')).TaskDetailPage }),
      },
      ...caseRoutes,
      ...noticeRoutes,
      ...careRoutes,
      ...serviceRoutes,
      ...referralRoutes,
      ...auditRoutes,
      ...calendarRoutes,
      ...monitoringRoutes,
      ...reportRoutes,
    ],
  },
  { path: '*', element: <NotFoundPage /> },
];

export const createRouter = () => createBrowserRouter(routes);
