import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { BulkActionResult, BulkReassignmentBody, BulkReminderBody, Candidate, MonitoredProcess, MonitoredTaskPage, Overview, Period, StepDurations, TaskQuery } from '../api-types';

export const monitoringKeys = {
  all: ['monitoring'] as const,
  overview: (street: string | undefined) => ['monitoring', 'overview', street ?? ''] as const,
  tasks: (q: TaskQuery) => ['monitoring', 'tasks', q] as const,
  steps: (processKey: string, days: Period, street: string | undefined) => ['monitoring', 'steps', processKey, days, street ?? ''] as const,
  processes: ['monitoring', 'processes'] as const,
};

function query(values: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const s = search.toString();
  return s ? `?${s}` : '';
}

export const overviewPath = (street?: string) => `/api/monitoring/overview${query({ street })}`;
export const tasksApiPath = (q: TaskQuery) =>
  `/api/monitoring/tasks${query({ state: q.state, processKey: q.processKey, activityId: q.activityId, place: q.place, page: q.page, size: q.size })}`;
export const stepsPath = (processKey: string, days: Period, street?: string) => `/api/monitoring/steps${query({ processKey, days, street })}`;

/** Figures move every minute or so; a manager's morning look refreshes on focus and once a minute. */
const FRESH_MS = 60_000;

export const useOverview = (street: string | undefined, enabled = true) =>
  useQuery({
    queryKey: monitoringKeys.overview(street),
    queryFn: ({ signal }) => api.get<Overview>(overviewPath(street), signal),
    enabled,
    staleTime: FRESH_MS,
    refetchInterval: FRESH_MS,
  });

/** Rows name recipients, so the server logs each read: no polling here. */
export const useMonitoredTasks = (q: TaskQuery) =>
  useQuery({
    queryKey: monitoringKeys.tasks(q),
    queryFn: ({ signal }) => api.get<MonitoredTaskPage>(tasksApiPath(q), signal),
    placeholderData: keepPreviousData,
    staleTime: FRESH_MS,
    refetchOnWindowFocus: false,
  });

export const useStepDurations = (processKey: string | undefined, days: Period, street: string | undefined) =>
  useQuery({
    queryKey: monitoringKeys.steps(processKey ?? '', days, street),
    queryFn: ({ signal }) => api.get<StepDurations>(stepsPath(processKey ?? '', days, street), signal),
    enabled: !!processKey,
    staleTime: 5 * FRESH_MS,
    placeholderData: keepPreviousData,
  });

export const useMonitoredProcesses = () =>
  useQuery({
    queryKey: monitoringKeys.processes,
    queryFn: ({ signal }) => api.get<MonitoredProcess[]>('/api/monitoring/processes', signal),
    staleTime: 10 * FRESH_MS,
  });

/** Members of a task's work group, to reassign to (display names only). */
export const useTaskCandidates = (taskId: string | undefined) =>
  useQuery({
    queryKey: ['monitoring', 'candidates', taskId ?? ''],
    queryFn: ({ signal }) => api.get<Candidate[]>(`/api/monitoring/tasks/${encodeURIComponent(taskId ?? '')}/candidates`, signal),
    enabled: !!taskId,
  });

export interface BulkReminder {
  kind: 'reminder';
  taskIds: string[];
  dryRun: boolean;
}
export interface BulkReassignment {
  kind: 'reassignment';
  taskIds: string[];
  assignee: string;
  dryRun: boolean;
}

/** A bulk reminder or reassignment; a dry run only counts. A real run refreshes the figures and lists. */
export function useBulkAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: BulkReminder | BulkReassignment) =>
      action.kind === 'reminder'
        ? api.post<BulkActionResult>('/api/monitoring/tasks/reminders', {
            taskIds: action.taskIds,
            dryRun: action.dryRun,
          } satisfies BulkReminderBody)
        : api.post<BulkActionResult>('/api/monitoring/tasks/reassignments', {
            taskIds: action.taskIds,
            assignee: action.assignee,
            dryRun: action.dryRun,
          } satisfies BulkReassignmentBody),
    onSuccess: (_, action) => {
      if (!action.dryRun) void queryClient.invalidateQueries({ queryKey: monitoringKeys.all });
    },
  });
}
