import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { taskKeys } from '@/lib/task-keys';
import type { AidStatus, ApplyRequest, ApprovalRequest, AssessRequest, PaymentRequest } from '../types';
import * as calls from './tempaid';

export const tempaidKeys = {
  all: ['tempaid'] as const,
  policy: ['tempaid', 'policy'] as const,
  list: (f: { status?: AidStatus; personId?: number; page: number; size: number }) => ['tempaid', 'list', f] as const,
  one: (no: string) => ['tempaid', 'one', no] as const,
  ledger: (personId: number, year: number) => ['tempaid', 'ledger', personId, year] as const,
  subject: (taskId: string) => ['tempaid', 'subject', taskId] as const,
};

export const usePolicy = () =>
  useQuery({ queryKey: tempaidKeys.policy, queryFn: ({ signal }) => calls.fetchPolicy(signal), staleTime: 10 * 60 * 1000 });
export const useApplications = (f: { status?: AidStatus; personId?: number; page: number; size: number }) =>
  useQuery({ queryKey: tempaidKeys.list(f), queryFn: ({ signal }) => calls.fetchApplications(f, signal), placeholderData: keepPreviousData });
export const useApplication = (no: string) =>
  useQuery({ queryKey: tempaidKeys.one(no), queryFn: ({ signal }) => calls.fetchApplication(no, signal), enabled: !!no });
export const useLedger = (personId: number | undefined, year: number) =>
  useQuery({
    queryKey: tempaidKeys.ledger(personId ?? 0, year),
    queryFn: ({ signal }) => calls.fetchLedger(personId ?? 0, year, signal),
    enabled: !!personId,
  });
export const useAidSubject = (taskId: string) =>
  useQuery({ queryKey: tempaidKeys.subject(taskId), queryFn: ({ signal }) => calls.fetchTaskSubject(taskId, signal) });

const isSubject = (query: { queryKey: readonly unknown[] }) => query.queryKey[1] === 'subject';

/**
 * Any change moves lists, ledgers and inbox tasks: refetch them all. The finished task's own subject
 * is only marked stale: refetched now it answers 409 (task done) and replaces the form before the
 * screen has moved on to the inbox.
 */
function useAidMutation<V, R>(fn: (v: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: tempaidKeys.all, predicate: (q) => !isSubject(q) }),
        queryClient.invalidateQueries({ queryKey: tempaidKeys.all, predicate: isSubject, refetchType: 'none' }),
        queryClient.invalidateQueries({ queryKey: taskKeys.lists }),
      ]),
  });
}

export const useApply = () => useAidMutation((body: ApplyRequest) => calls.apply(body));
export const useCompleteAssess = () => useAidMutation((v: { taskId: string; body: AssessRequest }) => calls.completeAssess(v.taskId, v.body));
export const useCompleteApproval = () =>
  useAidMutation((v: { taskId: string; body: ApprovalRequest }) => calls.completeApproval(v.taskId, v.body));
export const useCompletePayment = () =>
  useAidMutation((v: { taskId: string; body: PaymentRequest }) => calls.completePayment(v.taskId, v.body));
export const useImportRecognitions = () => useAidMutation((file: File) => calls.importRecognitions(file));
