import { useMutation, useQuery, useQueryClient, keepPreviousData } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { KpiReport, ReportRequest, ReportView } from '../types';

export const reportKeys = {
  all: ['reports'] as const,
  kpis: (from: string, to: string, street: string | undefined) => ['reports', 'kpis', from, to, street ?? ''] as const,
  list: ['reports', 'list'] as const,
};

export function kpisPath(from: string, to: string, street?: string): string {
  const search = new URLSearchParams({ from, to });
  if (street) search.set('street', street);
  return `/api/reports/kpis?${search.toString()}`;
}

export const reportFilePath = (id: number) => `/api/reports/${id}/file`;

export const useKpis = (from: string, to: string, street: string | undefined, enabled = true) =>
  useQuery({
    queryKey: reportKeys.kpis(from, to, street),
    queryFn: ({ signal }) => api.get<KpiReport>(kpisPath(from, to, street), signal),
    placeholderData: keepPreviousData,
    enabled,
    staleTime: 5 * 60_000,
  });

export const useReports = () =>
  useQuery({
    queryKey: reportKeys.list,
    queryFn: ({ signal }) => api.get<ReportView[]>('/api/reports', signal),
  });

export function useProduceReport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: ReportRequest) => api.post<ReportView>('/api/reports', request),
    onSuccess: () => client.invalidateQueries({ queryKey: reportKeys.list }),
  });
}
