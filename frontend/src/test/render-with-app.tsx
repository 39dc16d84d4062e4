import type { ReactElement, ReactNode } from 'react';
import { App as AntApp } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { render } from '@testing-library/react';
import { CurrentUserContext } from '@/lib/auth/current-user';
import type { CurrentUser } from '@/lib/auth/types';

export interface RenderOptions {
  user: CurrentUser;
  path?: string;
  route?: string;
  /** Query cache entries to start with. */
  data?: [readonly unknown[], unknown][];
}

/** Renders `element` at `path` (matched by `route`) with a fresh query cache and a signed-in user. */
export function renderInApp(element: ReactElement, { user, path = '/', route = '*', data = [] }: RenderOptions) {
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
