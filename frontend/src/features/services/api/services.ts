import { api } from '@/lib/api-client';
import { jsonPart, postMultipart } from '@/lib/multipart';
import type {
  AidRequest,
  AidRow,
  Candidate,
  ConfirmRequest,
  Contract,
  ContractRequest,
  DeliveryFilters,
  DeliveryRequest,
  DeliveryRow,
  Helper,
  HelperRequest,
  OrderFilters,
  OrderRow,
  OrderView,
  Page,
  Provider,
  SpotCheckRequest,
  SpotCheckRow,
  StandardWarning,
  Standards,
  StatementDetail,
  StatementKind,
  StatementRow,
  TaskSubject,
  Today,
} from '../types';

const BASE = '/api/services';

/** `?a=1&b=x` from the defined, non-empty values. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

const enc = encodeURIComponent;

export const fetchToday = (signal?: AbortSignal) => api.get<Today>(`${BASE}/today`, signal);
export const register = (cardNo: string) => api.post<OrderRow[]>(`${BASE}/registrations`, { cardNo });

/** The delivery as a JSON part plus the optional photo. */
export function recordDelivery(body: DeliveryRequest, photo?: File | null): Promise<DeliveryRow> {
  return postMultipart<DeliveryRow>(`${BASE}/deliveries`, () => {
    const form = new FormData();
    form.append('delivery', jsonPart(body));
    if (photo) form.append('photo', photo, photo.name);
    return form;
  });
}

export const confirmDelivery = (id: number, body: ConfirmRequest) =>
  api.post<DeliveryRow>(`${BASE}/deliveries/${id}/confirm`, body);
export const fetchDeliveries = (f: DeliveryFilters, signal?: AbortSignal) =>
  api.get<Page<DeliveryRow>>(`${BASE}/deliveries${query({ ...f })}`, signal);
export const deliveryPhotoUrl = (id: number) => `${BASE}/deliveries/${id}/photo`;

export const fetchOrders = (f: OrderFilters, signal?: AbortSignal) =>
  api.get<Page<OrderRow>>(`${BASE}/orders${query({ ...f })}`, signal);
export const fetchOrder = (orderNo: string, signal?: AbortSignal) =>
  api.get<OrderView>(`${BASE}/orders/${enc(orderNo)}`, signal);
export const fetchCandidates = (orderNo: string, signal?: AbortSignal) =>
  api.get<Candidate[]>(`${BASE}/orders/${enc(orderNo)}/candidates`, signal);

export const fetchContracts = (signal?: AbortSignal) => api.get<Contract[]>(`${BASE}/contracts`, signal);
export const createContract = (body: ContractRequest) => api.post<Contract>(`${BASE}/contracts`, body);
export const fetchProviders = (signal?: AbortSignal) => api.get<Provider[]>(`${BASE}/providers`, signal);

export const fetchSpotChecks = (month: string | undefined, signal?: AbortSignal) =>
  api.get<SpotCheckRow[]>(`${BASE}/spot-checks${query({ month })}`, signal);
export const drawSpotChecks = (month: string) => api.post<{ drawn: number }>(`${BASE}/spot-checks/draw`, { month });

export const fetchStandards = (signal?: AbortSignal) => api.get<Standards>(`${BASE}/standards`, signal);
export const fetchStandardWarnings = (month: string | undefined, signal?: AbortSignal) =>
  api.get<StandardWarning[]>(`${BASE}/standard-warnings${query({ month })}`, signal);

export const fetchStatements = (month: string | undefined, signal?: AbortSignal) =>
  api.get<StatementRow[]>(`${BASE}/statements${query({ month })}`, signal);
export const buildStatements = (month: string, kind: StatementKind) =>
  api.post<StatementRow[]>(`${BASE}/statements`, { month, kind });
export const fetchStatement = (no: string, signal?: AbortSignal) =>
  api.get<StatementDetail>(`${BASE}/statements/${enc(no)}`, signal);
export const submitStatement = (no: string) => api.post<StatementRow>(`${BASE}/statements/${enc(no)}/submit`);
export const statementExportUrl = (no: string) => `${BASE}/statements/${enc(no)}/export`;

export const fetchHelpers = (signal?: AbortSignal) => api.get<Helper[]>(`${BASE}/helpers`, signal);
export const createHelper = (body: HelperRequest) => api.post<Helper>(`${BASE}/helpers`, body);
export const fetchAid = (month: string | undefined, signal?: AbortSignal) =>
  api.get<AidRow[]>(`${BASE}/helpers/aid${query({ month })}`, signal);
export const recordAid = (helperId: number, body: AidRequest) => api.post<AidRow>(`${BASE}/helpers/${helperId}/aid`, body);

export const fetchTaskSubject = (taskId: string, signal?: AbortSignal) =>
  api.get<TaskSubject>(`/api/tasks/${enc(taskId)}/subject`, signal);
export const respondToOrder = (taskId: string, body: { accept: boolean; reason?: string }) =>
  api.post(`/api/tasks/${enc(taskId)}/order-response`, body);
export const chooseProvider = (taskId: string, providerCode: string) =>
  api.post(`/api/tasks/${enc(taskId)}/order-provider`, { providerCode });
export const recordSpotCheck = (taskId: string, body: SpotCheckRequest) =>
  api.post(`/api/tasks/${enc(taskId)}/spot-check`, body);
export const approveStatement = (taskId: string, body: { approve: boolean; comment?: string }) =>
  api.post(`/api/tasks/${enc(taskId)}/statement-review`, body);
