import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { AccessLogFilters, AccessLogPage } from '../types';

export const accessLogKeys = {
  all: ['access-log'] as const,
  search: (f: AccessLogFilters) => ['access-log', f] as const,
};

export function accessLogPath(f: AccessLogFilters): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(f)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  return `/api/audit/access-log?${search.toString()}`;
}

export const fetchAccessLog = (f: AccessLogFilters, signal?: AbortSignal) => api.get<AccessLogPage>(accessLogPath(f), signal);

/** Every search is itself logged on the server, so results are not refetched behind the admin's back. */
export const useAccessLog = (f: AccessLogFilters, enabled = true) =>
  useQuery({
    queryKey: accessLogKeys.search(f),
    queryFn: ({ signal }) => fetchAccessLog(f, signal),
    placeholderData: keepPreviousData,
    enabled,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
