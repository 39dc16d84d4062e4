import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { caseKeys } from '@/features/cases';
import { taskKeys } from '@/lib/task-keys';
import { isApiError } from '@/lib/api-client';
import type { ActivityRequest, AssessmentRequest, OutcomeRequest, ReviewRequest } from '../types';
import { fetchCaseSubject, recordActivity, submitAssessment, submitCaseFile, submitOutcome, submitReview } from './case-tasks';

/**
 * A domain task action. Whatever the answer, the case and the task lists may have changed.
 * A 409 means the task changed hands or state: its detail is refetched so the page shows who has it.
 * The detail is not refetched on success: a completed task is gone and would only answer 404.
 */
function useTaskAction<V>(taskId: string, caseNo: string | null, send: (vars: V) => Promise<void>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onError: (error) => {
      if (isApiError(error, 409)) void queryClient.invalidateQueries({ queryKey: taskKeys.detail(taskId) });
    },
    // Not awaited: the caller's onSuccess (leaving the page) should not wait for refetches.
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: taskKeys.lists });
      void queryClient.invalidateQueries({ queryKey: caseKeys.lists });
      if (caseNo) {
        void queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseNo) });
        void queryClient.invalidateQueries({ queryKey: caseKeys.diagram(caseNo) });
      }
    },
  });
}

export const useSubmitAssessment = (taskId: string, caseNo: string | null) =>
  useTaskAction(taskId, caseNo, (body: AssessmentRequest) => submitAssessment(taskId, body));

export const useSubmitCaseFile = (taskId: string, caseNo: string | null) =>
  useTaskAction(taskId, caseNo, () => submitCaseFile(taskId));

export const useSubmitReview = (taskId: string, caseNo: string | null) =>
  useTaskAction(taskId, caseNo, (body: ReviewRequest) => submitReview(taskId, body));

export const useRecordActivity = (taskId: string, caseNo: string | null) =>
  useTaskAction(taskId, caseNo, (body: ActivityRequest) => recordActivity(taskId, body));

export const useSubmitOutcome = (taskId: string, caseNo: string | null) =>
  useTaskAction(taskId, caseNo, (body: OutcomeRequest) => submitOutcome(taskId, body));

/** The case of a step with a generic form; under the task's detail key, so it goes with the task. */
export const useCaseSubject = (taskId: string) =>
  useQuery({
    queryKey: [...taskKeys.detail(taskId), 'subject'],
    queryFn: ({ signal }) => fetchCaseSubject(taskId, signal),
  });
