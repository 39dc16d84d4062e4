import { api } from '@/lib/api-client';
import type {
  AcceptRequest,
  DepartmentReferralRow,
  DepartmentReferralStatus,
  DepartmentReferralView,
  FeedbackRequest,
  Page,
} from '../types';

const BASE = '/api/department-referrals';
const enc = encodeURIComponent;

export function referralsQuery(f: { status?: DepartmentReferralStatus; page: number; size: number }): string {
  const search = new URLSearchParams();
  if (f.status) search.set('status', f.status);
  search.set('page', String(f.page));
  search.set('size', String(f.size));
  return `${BASE}?${search.toString()}`;
}

export const fetchReferrals = (f: { status?: DepartmentReferralStatus; page: number; size: number }, signal?: AbortSignal) =>
  api.get<Page<DepartmentReferralRow>>(referralsQuery(f), signal);
export const fetchReferral = (no: string, signal?: AbortSignal) =>
  api.get<DepartmentReferralView>(`${BASE}/${enc(no)}`, signal);
export const fetchTaskSubject = (taskId: string, signal?: AbortSignal) =>
  api.get<DepartmentReferralView>(`/api/tasks/${enc(taskId)}/subject`, signal);
export const submitAccept = (taskId: string, body: AcceptRequest) =>
  api.post<void>(`/api/tasks/${enc(taskId)}/department-accept`, body);
export const submitFeedback = (taskId: string, body: FeedbackRequest) =>
  api.post<void>(`/api/tasks/${enc(taskId)}/department-feedback`, body);
