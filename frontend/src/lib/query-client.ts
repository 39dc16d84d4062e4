import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-client';

/**
 * The one retry policy for queries: a 4xx answer (not found, forbidden, invalid) will not get
 * better by asking again, so it fails at once; anything else (network, 5xx) is tried twice more.
 */
export function retryUnlessClientError(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        retry: retryUnlessClientError,
        // Fresh data whenever the worker comes back to the tab (react-query's default, said out loud).
        refetchOnWindowFocus: true,
      },
      mutations: { retry: false },
    },
  });
}
