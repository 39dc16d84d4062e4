import { api, apiRequest } from '@/lib/api-client';
import type {
  ActivityRequest,
  ActivityView,
  BatchRequest,
  BatchRow,
  BatchStatus,
  BatchView,
  CaseReferrals,
  Charity,
  CloseRequest,
  ConsentRequest,
  ConsentView,
  EligibleFilters,
  EligibleRow,
  ItemView,
  Page,
  PlanRequest,
  PlanView,
  Stats,
  TaskSubject,
  WarningView,
} from '../types';

const BASE = '/api/referrals';
const enc = encodeURIComponent;

function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export const fetchCharities = (signal?: AbortSignal) => api.get<Charity[]>(`${BASE}/charities`, signal);
export const fetchEligible = (f: EligibleFilters, signal?: AbortSignal) =>
  api.get<EligibleRow[]>(`${BASE}/eligible${query({ ...f })}`, signal);
export const fetchConsents = (caseNo: string, signal?: AbortSignal) =>
  api.get<ConsentView[]>(`${BASE}/consents${query({ caseNo })}`, signal);
export const recordConsent = (body: ConsentRequest) => api.post<ConsentView>(`${BASE}/consents`, body);
export const withdrawConsent = (id: number, reason: string) =>
  api.post<ConsentView>(`${BASE}/consents/${id}/withdraw`, { reason });

export const sendBatch = (body: BatchRequest) => api.post<BatchView>(`${BASE}`, body);
export const fetchBatches = (f: { status?: BatchStatus; charityCode?: string; page: number; size: number }, signal?: AbortSignal) =>
  api.get<Page<BatchRow>>(`${BASE}${query({ ...f })}`, signal);
export const fetchBatch = (batchNo: string, signal?: AbortSignal) => api.get<BatchView>(`${BASE}/${enc(batchNo)}`, signal);

export const respondToItem = (batchNo: string, itemId: number, body: { accept: boolean; reason?: string }) =>
  api.post<ItemView>(`${BASE}/${enc(batchNo)}/items/${itemId}/response`, body);
export const createPlan = (batchNo: string, body: PlanRequest) => api.post<PlanView>(`${BASE}/${enc(batchNo)}/plans`, body);
export const updatePlan = (batchNo: string, planId: number, body: PlanRequest) =>
  apiRequest<PlanView>(`${BASE}/${enc(batchNo)}/plans/${planId}`, { method: 'PUT', body });
export const deletePlan = (batchNo: string, planId: number) =>
  apiRequest<void>(`${BASE}/${enc(batchNo)}/plans/${planId}`, { method: 'DELETE' });
export const recordActivity = (batchNo: string, body: ActivityRequest) =>
  api.post<ActivityView>(`${BASE}/${enc(batchNo)}/activities`, body);
export const closeItem = (batchNo: string, itemId: number, body: CloseRequest) =>
  api.post<ItemView>(`${BASE}/${enc(batchNo)}/items/${itemId}/close`, body);

export const fetchByCase = (caseNo: string, signal?: AbortSignal) =>
  api.get<CaseReferrals>(`${BASE}/by-case/${enc(caseNo)}`, signal);
export const fetchWarnings = (open: boolean | undefined, signal?: AbortSignal) =>
  api.get<WarningView[]>(`${BASE}/warnings${query({ open })}`, signal);
export const fetchStats = (f: { from?: string; to?: string }, signal?: AbortSignal) =>
  api.get<Stats>(`${BASE}/stats${query({ ...f })}`, signal);

export const fetchTaskSubject = (taskId: string, signal?: AbortSignal) =>
  api.get<TaskSubject>(`/api/tasks/${enc(taskId)}/subject`, signal);
export const completeResponse = (taskId: string, decisions?: { itemId: number; accept: boolean; reason?: string }[]) =>
  api.post(`/api/tasks/${enc(taskId)}/referral-response`, decisions ? { decisions } : {});
export const completePlan = (taskId: string, note?: string) =>
  api.post(`/api/tasks/${enc(taskId)}/referral-plan`, note ? { note } : {});
export const completePlanApproval = (taskId: string, body: { agree: boolean; comment?: string }) =>
  api.post(`/api/tasks/${enc(taskId)}/referral-plan-review`, body);
export const completeStale = (taskId: string, note: string) => api.post(`/api/tasks/${enc(taskId)}/referral-stale`, { note });
