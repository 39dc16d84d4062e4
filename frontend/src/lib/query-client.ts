import { QueryClient } from '@tanstack/react-query';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        // Fresh data whenever the worker comes back to the tab (react-query's default, said out loud).
        refetchOnWindowFocus: true,
      },
      mutations: { retry: false },
    },
  });
}
