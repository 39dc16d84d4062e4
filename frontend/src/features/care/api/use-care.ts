import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { taskKeys } from '@/lib/task-keys';
import { isApiError } from '@/lib/api-client';
import type {
  ExitDecisionRequest,
  ExitRequest,
  EmergencyRequest,
  EnrolmentRequest,
  GradingRequest,
  ImportMode,
  PlanRequest,
  ProblemRequest,
  ProblemResolutionRequest,
  RegradeRequest,
  ResponsibleRequest,
  RosterFilters,
  SupervisionRequest,
  VisitRequest,
} from '../types';
import {
  changeResponsible,
  createEnrolment,
  declareEmergency,
  fetchCandidates,
  fetchEmergencies,
  fetchEnrolment,
  fetchPolicy,
  fetchRoster,
  importRoster,
  liftEmergency,
  recordVisit,
  referProblem,
  regrade,
  savePlan,
  submitGrading,
  submitProblemResolution,
  requestExit,
  submitExitDecision,
  submitSupervision,
} from './care';

export const careKeys = {
  all: ['care'] as const,
  lists: ['care', 'roster'] as const,
  list: (filters: RosterFilters) => ['care', 'roster', filters] as const,
  detail: (enrolmentNo: string) => ['care', 'enrolment', enrolmentNo] as const,
  candidates: (enrolmentNo: string) => ['care', 'candidates', enrolmentNo] as const,
  policy: ['care', 'policy'] as const,
  emergencies: ['care', 'emergencies'] as const,
};

export function usePolicy(enabled = true) {
  return useQuery({
    queryKey: careKeys.policy,
    queryFn: ({ signal }) => fetchPolicy(signal),
    staleTime: 60 * 60 * 1000,
    enabled,
  });
}

export function useRoster(filters: RosterFilters) {
  return useQuery({
    queryKey: careKeys.list(filters),
    queryFn: ({ signal }) => fetchRoster(filters, signal),
    placeholderData: keepPreviousData,
  });
}

export function useEnrolment(enrolmentNo: string) {
  return useQuery({
    queryKey: careKeys.detail(enrolmentNo),
    queryFn: ({ signal }) => fetchEnrolment(enrolmentNo, signal),
    enabled: !!enrolmentNo,
  });
}

export function useCandidates(enrolmentNo: string, enabled: boolean) {
  return useQuery({
    queryKey: careKeys.candidates(enrolmentNo),
    queryFn: ({ signal }) => fetchCandidates(enrolmentNo, signal),
    enabled: enabled && !!enrolmentNo,
  });
}

export function useEmergencies(enabled = true) {
  return useQuery({
    queryKey: careKeys.emergencies,
    queryFn: ({ signal }) => fetchEmergencies(signal),
    enabled,
  });
}

/**
 * After any change to an enrolment: its view and the roster are stale, and so are the inboxes
 * (a visit ends a warning task, a regrade starts a grading task).
 */
export function useInvalidateEnrolment() {
  const queryClient = useQueryClient();
  return (enrolmentNo: string | null | undefined) =>
    Promise.all([
      enrolmentNo ? queryClient.invalidateQueries({ queryKey: careKeys.detail(enrolmentNo) }) : undefined,
      queryClient.invalidateQueries({ queryKey: careKeys.lists }),
      queryClient.invalidateQueries({ queryKey: taskKeys.lists }),
    ]);
}

export function useCreateEnrolment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EnrolmentRequest) => createEnrolment(body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: careKeys.lists });
      void queryClient.invalidateQueries({ queryKey: taskKeys.lists });
    },
  });
}

export function useRegrade(enrolmentNo: string) {
  const invalidate = useInvalidateEnrolment();
  return useMutation({
    mutationFn: (body: RegradeRequest) => regrade(enrolmentNo, body),
    onSettled: () => invalidate(enrolmentNo),
  });
}

export function useRequestExit(enrolmentNo: string) {
  const invalidate = useInvalidateEnrolment();
  return useMutation({
    mutationFn: (body: ExitRequest) => requestExit(enrolmentNo, body),
    onSettled: () => invalidate(enrolmentNo),
  });
}

export function useChangeResponsible(enrolmentNo: string) {
  const invalidate = useInvalidateEnrolment();
  return useMutation({
    mutationFn: (body: ResponsibleRequest) => changeResponsible(enrolmentNo, body),
    onSettled: () => invalidate(enrolmentNo),
  });
}

export function useRecordVisit(enrolmentNo: string) {
  const invalidate = useInvalidateEnrolment();
  return useMutation({
    mutationFn: ({ visit, photo }: { visit: VisitRequest; photo?: File | null }) => recordVisit(enrolmentNo, visit, photo),
    // Awaited: the warning and the status tag are fresh by the time the caller hears of success.
    onSuccess: () => invalidate(enrolmentNo),
  });
}

export function useSavePlan(enrolmentNo: string) {
  const invalidate = useInvalidateEnrolment();
  return useMutation({
    mutationFn: (body: PlanRequest) => savePlan(enrolmentNo, body),
    onSettled: () => invalidate(enrolmentNo),
  });
}

export function useReferProblem(enrolmentNo: string) {
  const invalidate = useInvalidateEnrolment();
  return useMutation({
    mutationFn: (body: ProblemRequest) => referProblem(enrolmentNo, body),
    onSettled: () => invalidate(enrolmentNo),
  });
}

export function useDeclareEmergency() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EmergencyRequest) => declareEmergency(body),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: careKeys.emergencies });
      void queryClient.invalidateQueries({ queryKey: careKeys.lists });
    },
  });
}

export function useLiftEmergency() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => liftEmergency(id),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: careKeys.emergencies });
      void queryClient.invalidateQueries({ queryKey: careKeys.lists });
    },
  });
}

export function useImportRoster() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, mode }: { file: File; mode: ImportMode }) => importRoster(file, mode),
    onSuccess: (_report, { mode }) => {
      if (mode !== 'check') void queryClient.invalidateQueries({ queryKey: careKeys.lists });
    },
  });
}

/**
 * A care task action. Whatever the answer, the enrolment and the inboxes may have changed; a 409
 * means the task changed hands or state, so its detail is refetched. Not on success: a completed
 * task is gone and would only answer 404.
 */
function useCareTaskAction<V>(taskId: string, enrolmentNo: string | null, send: (vars: V) => Promise<void>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onError: (error) => {
      if (isApiError(error, 409)) void queryClient.invalidateQueries({ queryKey: taskKeys.detail(taskId) });
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: taskKeys.lists });
      void queryClient.invalidateQueries({ queryKey: careKeys.lists });
      if (enrolmentNo) void queryClient.invalidateQueries({ queryKey: careKeys.detail(enrolmentNo) });
    },
  });
}

export const useSubmitGrading = (taskId: string, enrolmentNo: string | null) =>
  useCareTaskAction(taskId, enrolmentNo, (body: GradingRequest) => submitGrading(taskId, body));

export const useSubmitSupervision = (taskId: string, enrolmentNo: string | null) =>
  useCareTaskAction(taskId, enrolmentNo, (body: SupervisionRequest) => submitSupervision(taskId, body));

export const useSubmitProblemResolution = (taskId: string, enrolmentNo: string | null) =>
  useCareTaskAction(taskId, enrolmentNo, (body: ProblemResolutionRequest) => submitProblemResolution(taskId, body));

export const useSubmitExitDecision = (taskId: string, enrolmentNo: string | null) =>
  useCareTaskAction(taskId, enrolmentNo, (body: ExitDecisionRequest) => submitExitDecision(taskId, body));
