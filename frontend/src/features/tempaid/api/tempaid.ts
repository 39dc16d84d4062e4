import { api } from '@/lib/api-client';
import { postMultipart } from '@/lib/multipart';
import type {
  AidRow,
  AidStatus,
  AidView,
  ApplyRequest,
  ApprovalRequest,
  AssessRequest,
  ImportReport,
  Ledger,
  Page,
  PaymentRequest,
  TaskSubject,
} from '../types';

export const BASE = '/api/temporary-aid';
const enc = encodeURIComponent;

function query(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export const fetchPolicy = (signal?: AbortSignal) => api.get<{ townshipLimit: number }>(`${BASE}/policy`, signal);
export const fetchApplications = (f: { status?: AidStatus; personId?: number; page: number; size: number }, signal?: AbortSignal) =>
  api.get<Page<AidRow>>(`${BASE}${query({ ...f })}`, signal);
export const fetchApplication = (no: string, signal?: AbortSignal) => api.get<AidView>(`${BASE}/${enc(no)}`, signal);
export const fetchLedger = (personId: number, year: number, signal?: AbortSignal) =>
  api.get<Ledger>(`${BASE}/ledger${query({ personId, year })}`, signal);
export const apply = (body: ApplyRequest) => api.post<AidView>(BASE, body);
/** The month's payment list (.xlsx), a plain link. */
export const monthlyHref = (month: string) => `${BASE}/monthly.xlsx${query({ month })}`;

export const fetchTaskSubject = (taskId: string, signal?: AbortSignal) =>
  api.get<TaskSubject>(`/api/tasks/${enc(taskId)}/subject`, signal);
export const completeAssess = (taskId: string, body: AssessRequest) => api.post(`/api/tasks/${enc(taskId)}/tempaid-assess`, body);
export const completeApproval = (taskId: string, body: ApprovalRequest) =>
  api.post(`/api/tasks/${enc(taskId)}/tempaid-approve`, body);
export const completePayment = (taskId: string, body: PaymentRequest) =>
  api.post(`/api/tasks/${enc(taskId)}/tempaid-payment`, body);

export const RECOGNITION_TEMPLATE = '/api/recognitions/template.xlsx';
export const importRecognitions = (file: File) =>
  postMultipart<ImportReport>('/api/recognitions/import', () => {
    const form = new FormData();
    form.append('file', file);
    return form;
  });
