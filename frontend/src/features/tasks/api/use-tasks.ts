import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { taskKeys } from '@/lib/task-keys';
import { claimTask, completeTask, fetchDiagram, fetchTask, fetchTasks, fetchTaskTypes, unclaimTask } from './tasks';
import type { InboxQuery, SubmitValues, TaskScope } from '../types';

export { taskKeys };

export function useTasks(query: InboxQuery, size: number) {
  return useQuery({
    queryKey: taskKeys.list({ ...query, size }),
    queryFn: ({ signal }) => fetchTasks(query, size, signal),
    placeholderData: keepPreviousData,
  });
}

export function useTaskTypes(scope: TaskScope, q: string) {
  return useQuery({
    queryKey: taskKeys.types(scope, q),
    queryFn: ({ signal }) => fetchTaskTypes(scope, q, signal),
    placeholderData: keepPreviousData,
  });
}

export function useTask(id: string) {
  return useQuery({
    queryKey: taskKeys.detail(id),
    queryFn: ({ signal }) => fetchTask(id, signal),
  });
}

export function useTaskDiagram(id: string) {
  return useQuery({
    queryKey: taskKeys.diagram(id),
    queryFn: ({ signal }) => fetchDiagram(id, signal),
    // The diagram of a process definition does not change under a running task.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}

function useTaskMutation<V>(mutationFn: (vars: V) => Promise<void>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    // Whatever happened (done, or refused because someone else acted), the lists are now stale.
    onSettled: () => queryClient.invalidateQueries({ queryKey: taskKeys.all }),
  });
}

export const useClaimTask = () => useTaskMutation(claimTask);

export const useUnclaimTask = () => useTaskMutation(unclaimTask);

export interface CompleteArgs {
  id: string;
  variables: SubmitValues;
  /** Claim first when the task is still offered to a group. */
  claimFirst: boolean;
}

export function useCompleteTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, variables, claimFirst }: CompleteArgs) => {
      if (claimFirst) await claimTask(id);
      await completeTask(id, variables);
    },
    // A refused completion may mean the task changed hands: show its current state.
    onError: (_error, { id }) => queryClient.invalidateQueries({ queryKey: taskKeys.detail(id) }),
    // Not the detail on success: it is gone, and refetching it would only answer 404.
    onSettled: () => queryClient.invalidateQueries({ queryKey: taskKeys.lists }),
  });
}

/** Drops a completed task from the cache once its page has been left. */
export function useForgetTask() {
  const queryClient = useQueryClient();
  return (id: string) => {
    queryClient.removeQueries({ queryKey: taskKeys.detail(id) });
    queryClient.removeQueries({ queryKey: taskKeys.diagram(id) });
  };
}
