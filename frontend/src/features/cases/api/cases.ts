import { api } from '@/lib/api-client';
import type {
  CardView,
  CaseDiagram,
  CaseFilters,
  CasePage,
  CaseView,
  LeadCreated,
  LeadRequest,
  PinSlip,
} from '../types';

export const casePath = (caseNo: string) => `/api/cases/${encodeURIComponent(caseNo)}`;

/** The query string of GET /api/cases: empty filters are left out. */
export function caseListQuery(filters: CaseFilters): string {
  const query = new URLSearchParams();
  if (filters.villageCode) query.set('villageCode', filters.villageCode);
  if (filters.status) query.set('status', filters.status);
  const q = filters.q?.trim();
  if (q) query.set('q', q);
  query.set('page', String(filters.page));
  query.set('size', String(filters.size));
  return query.toString();
}

export { fetchCatalogue } from '@/lib/catalogue';

export const createLead = (body: LeadRequest) => api.post<LeadCreated>('/api/leads', body);

export const fetchCases = (filters: CaseFilters, signal?: AbortSignal) =>
  api.get<CasePage>(`/api/cases?${caseListQuery(filters)}`, signal);

export const fetchCase = (caseNo: string, signal?: AbortSignal) => api.get<CaseView>(casePath(caseNo), signal);

export const fetchCaseDiagram = (caseNo: string, signal?: AbortSignal) =>
  api.get<CaseDiagram>(`${casePath(caseNo)}/diagram`, signal);

export const fetchCard = (caseNo: string, signal?: AbortSignal) => api.get<CardView>(`${casePath(caseNo)}/card`, signal);

export const raiseObjection = (caseNo: string, content: string) =>
  api.post(`${casePath(caseNo)}/objections`, { content });

export const reportStatusChange = (caseNo: string, reason: string) =>
  api.post(`${casePath(caseNo)}/status-change`, { reason });

/** The first PIN slip after issue (street clerk); a second call answers 409. */
export const printPinSlip = (caseNo: string) => api.post<PinSlip>(`${casePath(caseNo)}/card/pin-slip`);

/** A new PIN and slip; the old PIN stops working at once. */
export const resetPin = (caseNo: string) => api.post<PinSlip>(`${casePath(caseNo)}/card/pin-reset`);
