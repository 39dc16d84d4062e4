import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '@/lib/api-client';
import { taskKeys } from '@/lib/task-keys';
import type { AcceptRequest, DepartmentReferralStatus, FeedbackRequest } from '../types';
import * as calls from './departments';

export const departmentKeys = {
  all: ['departments'] as const,
  lists: ['departments', 'list'] as const,
  list: (f: { status?: DepartmentReferralStatus; page: number; size: number }) => ['departments', 'list', f] as const,
  detail: (no: string) => ['departments', 'detail', no] as const,
  subject: (taskId: string) => ['departments', 'subject', taskId] as const,
};

export const useDepartmentReferrals = (f: { status?: DepartmentReferralStatus; page: number; size: number }) =>
  useQuery({ queryKey: departmentKeys.list(f), queryFn: ({ signal }) => calls.fetchReferrals(f, signal), placeholderData: keepPreviousData });

export const useDepartmentReferral = (no: string) =>
  useQuery({ queryKey: departmentKeys.detail(no), queryFn: ({ signal }) => calls.fetchReferral(no, signal), enabled: !!no });

export const useDepartmentTaskSubject = (taskId: string) =>
  useQuery({ queryKey: departmentKeys.subject(taskId), queryFn: ({ signal }) => calls.fetchTaskSubject(taskId, signal) });

function useTaskAction<V>(taskId: string, send: (vars: V) => Promise<void>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onError: (error) => {
      if (isApiError(error, 409)) void queryClient.invalidateQueries({ queryKey: taskKeys.detail(taskId) });
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: taskKeys.lists });
      void queryClient.invalidateQueries({ queryKey: departmentKeys.all });
    },
  });
}

export const useSubmitAccept = (taskId: string) => useTaskAction(taskId, (body: AcceptRequest) => calls.submitAccept(taskId, body));
export const useSubmitFeedback = (taskId: string) =>
  useTaskAction(taskId, (body: FeedbackRequest) => calls.submitFeedback(taskId, body));
