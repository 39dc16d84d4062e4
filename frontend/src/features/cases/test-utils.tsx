import type { ReactElement, ReactNode } from 'react';
import { App as AntApp } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { render } from '@testing-library/react';
import '@/i18n';
import { CurrentUserContext } from '@/features/auth/current-user';
import type { CurrentUser } from '@/features/auth/types';

export const villageOfficer: CurrentUser = {
  username: 'vo002002',
  displayName: '杨帆',
  roles: ['VILLAGE_OFFICER'],
  orgCode: '360199002002',
  orgName: '渔港村',
  orgLevel: 'VILLAGE',
};

export const streetClerk: CurrentUser = {
  username: 'street002',
  displayName: '钱进',
  roles: ['STREET_CLERK'],
  orgCode: '360199002',
  orgName: '东湖街道',
  orgLevel: 'STREET',
};

/** Renders `element` at `path` (matched by `route`) with a fresh query cache and a signed-in user. */
export function renderWithApp(
  element: ReactElement,
  { user = villageOfficer, path = '/', route = '*', data = [] as [readonly unknown[], unknown][] } = {},
) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  for (const [key, value] of data) client.setQueryData(key, value);
  const wrap = (children: ReactNode) => (
    <QueryClientProvider client={client}>
      <AntApp>
        <CurrentUserContext.Provider value={user}>
          <MemoryRouter initialEntries={[path]}>
            <Routes>
              <Route path={route} element={children} />
            </Routes>
          </MemoryRouter>
        </CurrentUserContext.Provider>
      </AntApp>
    </QueryClientProvider>
  );
  return { client, ...render(wrap(element)) };
}
