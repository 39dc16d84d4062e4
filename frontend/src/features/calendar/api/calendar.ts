import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { postMultipart } from '@/lib/multipart';
import type { CalendarImported, CalendarStatus } from '../types';

export const calendarKeys = { status: ['calendar', 'years'] as const };

export const useCalendarStatus = (enabled = true) =>
  useQuery({
    queryKey: calendarKeys.status,
    queryFn: ({ signal }) => api.get<CalendarStatus>('/api/calendar/years', signal),
    enabled,
    staleTime: 10 * 60 * 1000,
    retry: false,
  });

export function useImportCalendar() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: File) =>
      postMultipart<CalendarImported>('/api/calendar/import', () => {
        const body = new FormData();
        body.append('file', file);
        return body;
      }),
    onSuccess: () => client.invalidateQueries(),
  });
}
