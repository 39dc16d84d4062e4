import { api } from '@/lib/api-client';
import { postMultipart } from '@/lib/multipart';
import type { IntakeDocumentView, IntakeRequest, IntakeStatus, IntakeView, PageIntakeRow, PersonPage, RouteChoice, SubsistenceDecision } from '../types';

const enc = encodeURIComponent;

export const fetchIntakes = (f: { status?: IntakeStatus; page: number; size: number }, signal?: AbortSignal) => {
  const q = new URLSearchParams({ page: String(f.page), size: String(f.size) });
  if (f.status) q.set('status', f.status);
  return api.get<PageIntakeRow>(`/api/intakes?${q.toString()}`, signal);
};
export const fetchIntake = (no: string, signal?: AbortSignal) => api.get<IntakeView>(`/api/intakes/${enc(no)}`, signal);
export const fetchPerson = (id: number, signal?: AbortSignal) => api.get<PersonPage>(`/api/persons/${id}`, signal);
export const createIntake = (body: IntakeRequest) => api.post<IntakeView>('/api/intakes', body);
export const fetchIntakeSubject = (taskId: string, signal?: AbortSignal) =>
  api.get<IntakeView>(`/api/tasks/${enc(taskId)}/subject`, signal);
export const confirmRoutes = (taskId: string, routes: RouteChoice[]) =>
  api.post(`/api/tasks/${enc(taskId)}/intake-routes`, { routes });
export const decideSubsistence = (taskId: string, decision: SubsistenceDecision, note?: string) =>
  api.post(`/api/tasks/${enc(taskId)}/subsistence-decision`, note ? { decision, note } : { decision });
export const documentPath = (no: string, id: number) => `/api/intakes/${enc(no)}/documents/${id}`;
/** One document handed in with an intake (multipart part `file`; 400 wrong type or too large). */
export const uploadIntakeDocument = (no: string, file: File) =>
  postMultipart<IntakeDocumentView>(`/api/intakes/${enc(no)}/documents`, () => {
    const body = new FormData();
    body.append('file', file, file.name);
    return body;
  });
