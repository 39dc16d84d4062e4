import type { RouteObject } from 'react-router-dom';

/** Children of the signed-in layout route; every page loads on demand. */
export const serviceRoutes: RouteObject[] = [
  { path: 'services/today', lazy: async () => ({ Component: (await import('./components/TodayPage')).TodayPage }) },
  { path: 'services/deliveries', lazy: async () => ({ Component: (await import('./components/DeliveriesPage')).DeliveriesPage }) },
  { path: 'services/orders', lazy: async () => ({ Component: (await import('./components/OrdersPage')).OrdersPage }) },
  { path: 'services/orders/:orderNo', lazy: async () => ({ Component: (await import('./components/OrderPage')).OrderPage }) },
  { path: 'services/statements', lazy: async () => ({ Component: (await import('./components/StatementsPage')).StatementsPage }) },
  { path: 'services/statements/:no', lazy: async () => ({ Component: (await import('./components/StatementsPage')).StatementPage }) },
  { path: 'services/spot-checks', lazy: async () => ({ Component: (await import('./components/OversightPages')).SpotChecksPage }) },
  { path: 'services/warnings', lazy: async () => ({ Component: (await import('./components/OversightPages')).WarningsPage }) },
  { path: 'services/helpers', lazy: async () => ({ Component: (await import('./components/HelpersPage')).HelpersPage }) },
  { path: 'services/contracts', lazy: async () => ({ Component: (await import('./components/ContractsPage')).ContractsPage }) },
];
