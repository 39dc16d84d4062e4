import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { taskKeys } from '@/lib/task-keys';
import type {
  ActivityRequest,
  BatchRequest,
  BatchStatus,
  CloseRequest,
  ConsentRequest,
  EligibleFilters,
  PlanRequest,
} from '../types';
import * as calls from './referrals';

export const referralKeys = {
  all: ['referrals'] as const,
  charities: ['referrals', 'charities'] as const,
  eligible: (f: EligibleFilters) => ['referrals', 'eligible', f] as const,
  consents: (caseNo: string) => ['referrals', 'consents', caseNo] as const,
  batches: (f: { status?: BatchStatus; page: number; size: number }) => ['referrals', 'batches', f] as const,
  batch: (batchNo: string) => ['referrals', 'batch', batchNo] as const,
  byCase: (caseNo: string) => ['referrals', 'by-case', caseNo] as const,
  warnings: (open?: boolean) => ['referrals', 'warnings', open ?? 'all'] as const,
  stats: (f: { from?: string; to?: string }) => ['referrals', 'stats', f] as const,
  subject: (taskId: string) => ['referrals', 'subject', taskId] as const,
};

export const useCharities = (enabled = true) =>
  useQuery({ queryKey: referralKeys.charities, queryFn: ({ signal }) => calls.fetchCharities(signal), enabled, staleTime: 10 * 60 * 1000 });
export const useEligible = (f: EligibleFilters) =>
  useQuery({ queryKey: referralKeys.eligible(f), queryFn: ({ signal }) => calls.fetchEligible(f, signal), placeholderData: keepPreviousData });
export const useConsents = (caseNo: string | undefined) =>
  useQuery({
    queryKey: referralKeys.consents(caseNo ?? ''),
    queryFn: ({ signal }) => calls.fetchConsents(caseNo ?? '', signal),
    enabled: !!caseNo,
  });
export const useBatches = (f: { status?: BatchStatus; page: number; size: number }) =>
  useQuery({ queryKey: referralKeys.batches(f), queryFn: ({ signal }) => calls.fetchBatches(f, signal), placeholderData: keepPreviousData });
export const useBatch = (batchNo: string) =>
  useQuery({ queryKey: referralKeys.batch(batchNo), queryFn: ({ signal }) => calls.fetchBatch(batchNo, signal), enabled: !!batchNo });
export const useByCase = (caseNo: string, enabled = true) =>
  useQuery({ queryKey: referralKeys.byCase(caseNo), queryFn: ({ signal }) => calls.fetchByCase(caseNo, signal), enabled: enabled && !!caseNo });
export const useWarnings = (open?: boolean) =>
  useQuery({ queryKey: referralKeys.warnings(open), queryFn: ({ signal }) => calls.fetchWarnings(open, signal) });
export const useStats = (f: { from?: string; to?: string }) =>
  useQuery({ queryKey: referralKeys.stats(f), queryFn: ({ signal }) => calls.fetchStats(f, signal) });
export const useReferralSubject = (taskId: string) =>
  useQuery({ queryKey: referralKeys.subject(taskId), queryFn: ({ signal }) => calls.fetchTaskSubject(taskId, signal) });

/** Any change can move batches, eligibility, case panels and inbox tasks: refetch them all. */
function useReferralMutation<V, R>(fn: (v: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: referralKeys.all }),
        queryClient.invalidateQueries({ queryKey: taskKeys.lists }),
      ]),
  });
}

export const useRecordConsent = () => useReferralMutation((body: ConsentRequest) => calls.recordConsent(body));
export const useWithdrawConsent = () => useReferralMutation((v: { id: number; reason: string }) => calls.withdrawConsent(v.id, v.reason));
export const useSendBatch = () => useReferralMutation((body: BatchRequest) => calls.sendBatch(body));
export const useRespondToItem = (batchNo: string) =>
  useReferralMutation((v: { itemId: number; accept: boolean; reason?: string }) =>
    calls.respondToItem(batchNo, v.itemId, { accept: v.accept, reason: v.reason }),
  );
export const useSavePlan = (batchNo: string) =>
  useReferralMutation((v: { planId?: number; body: PlanRequest }) =>
    v.planId ? calls.updatePlan(batchNo, v.planId, v.body) : calls.createPlan(batchNo, v.body),
  );
export const useDeletePlan = (batchNo: string) => useReferralMutation((planId: number) => calls.deletePlan(batchNo, planId));
export const useRecordActivity = (batchNo: string) => useReferralMutation((body: ActivityRequest) => calls.recordActivity(batchNo, body));
export const useCloseItem = (batchNo: string) =>
  useReferralMutation((v: { itemId: number; body: CloseRequest }) => calls.closeItem(batchNo, v.itemId, v.body));
export const useCompleteResponse = () =>
  useReferralMutation((v: { taskId: string; decisions?: { itemId: number; accept: boolean; reason?: string }[] }) =>
    calls.completeResponse(v.taskId, v.decisions),
  );
export const useCompletePlan = () => useReferralMutation((v: { taskId: string; note?: string }) => calls.completePlan(v.taskId, v.note));
export const useCompletePlanApproval = () =>
  useReferralMutation((v: { taskId: string; agree: boolean; comment?: string }) =>
    calls.completePlanApproval(v.taskId, { agree: v.agree, comment: v.comment }),
  );
export const useCompleteStale = () => useReferralMutation((v: { taskId: string; note: string }) => calls.completeStale(v.taskId, v.note));
