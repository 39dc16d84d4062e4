import { api, apiRequest } from '@/lib/api-client';
import { rosterQuery } from '../lib/payload';
import type {
  ExitDecisionRequest,
  ExitRequest,
  CarePolicy,
  Emergency,
  EmergencyCreated,
  EmergencyRequest,
  EnrolmentCreated,
  EnrolmentRequest,
  EnrolmentView,
  GradingRequest,
  ImportMode,
  ImportReport,
  ImportRowError,
  PlanRequest,
  ProblemCreated,
  ProblemRequest,
  ProblemResolutionRequest,
  RegradeRequest,
  ResponsibleCandidate,
  ResponsibleRequest,
  RosterFilters,
  RosterPage,
  SupervisionRequest,
  VisitCreated,
  VisitRequest,
} from '../types';
import { MultipartApiError, jsonPart, postMultipart } from '@/lib/multipart';

export const CARE_API = '/api/care';
export const enrolmentPath = (enrolmentNo: string) => `${CARE_API}/enrolments/${encodeURIComponent(enrolmentNo)}`;
export const visitPhotoUrl = (visitId: number) => `${CARE_API}/visits/${visitId}/photo`;
export const ROSTER_TEMPLATE_URL = `${CARE_API}/roster/template.xlsx`;

/** The 台账 download; the server scopes it to the user's subtree, a village narrows it. */
export function rosterExportUrl(villageCode?: string): string {
  const base = `${CARE_API}/roster.xlsx`;
  return villageCode ? `${base}?${new URLSearchParams({ villageCode }).toString()}` : base;
}

const taskPath = (taskId: string) => `/api/tasks/${encodeURIComponent(taskId)}`;

export const fetchPolicy = (signal?: AbortSignal) => api.get<CarePolicy>(`${CARE_API}/policy`, signal);

export const createEnrolment = (body: EnrolmentRequest) => api.post<EnrolmentCreated>(`${CARE_API}/enrolments`, body);

export const fetchRoster = (filters: RosterFilters, signal?: AbortSignal) =>
  api.get<RosterPage>(`${CARE_API}/enrolments?${rosterQuery(filters)}`, signal);

export const fetchEnrolment = (enrolmentNo: string, signal?: AbortSignal) =>
  api.get<EnrolmentView>(enrolmentPath(enrolmentNo), signal);

export const regrade = (enrolmentNo: string, body: RegradeRequest) => api.post(`${enrolmentPath(enrolmentNo)}/regrade`, body);

export const fetchCandidates = (enrolmentNo: string, signal?: AbortSignal) =>
  api.get<ResponsibleCandidate[]>(`${enrolmentPath(enrolmentNo)}/responsible-candidates`, signal);

export const changeResponsible = (enrolmentNo: string, body: ResponsibleRequest) =>
  apiRequest<void>(`${enrolmentPath(enrolmentNo)}/responsible`, { method: 'PUT', body });

/** Multipart: part `visit` (JSON), optional part `photo`. */
export function visitFormData(visit: VisitRequest, photo?: File | null): FormData {
  const body = new FormData();
  body.append('visit', jsonPart(visit));
  if (photo) body.append('photo', photo, photo.name);
  return body;
}

/**
 * A 401 is thrown, not sent to the sign-in page: the form and the offline queue keep the visit
 * the cadre typed and ask for a sign-in themselves.
 */
export const recordVisit = (enrolmentNo: string, visit: VisitRequest, photo?: File | null) =>
  postMultipart<VisitCreated>(`${enrolmentPath(enrolmentNo)}/visits`, () => visitFormData(visit, photo), {
    loginRedirect: false,
  });

export const savePlan = (enrolmentNo: string, body: PlanRequest) =>
  apiRequest<void>(`${enrolmentPath(enrolmentNo)}/plan`, { method: 'PUT', body });

export const referProblem = (enrolmentNo: string, body: ProblemRequest) =>
  api.post<ProblemCreated>(`${enrolmentPath(enrolmentNo)}/problems`, body);

export const fetchEmergencies = (signal?: AbortSignal) => api.get<Emergency[]>(`${CARE_API}/emergencies`, signal);

export const declareEmergency = (body: EmergencyRequest) => api.post<EmergencyCreated>(`${CARE_API}/emergencies`, body);

export const liftEmergency = (id: number) => api.post(`${CARE_API}/emergencies/${id}/lift`);

export const importPath = (mode: ImportMode) => `${CARE_API}/roster/import?${new URLSearchParams({ mode }).toString()}`;

export function importRoster(file: File, mode: ImportMode): Promise<ImportReport> {
  return postMultipart<ImportReport>(importPath(mode), () => {
    const body = new FormData();
    body.append('file', file, file.name);
    body.append('mode', mode);
    return body;
  });
}

function isRowError(value: unknown): value is ImportRowError {
  return typeof value === 'object' && value !== null && typeof (value as ImportRowError).message === 'string';
}

/**
 * The report a refused `mode=all` import carries in `rows`: either the whole report or just its
 * row errors (the contract allows both readings).
 */
export function importReportOf(error: unknown): ImportReport | undefined {
  if (!(error instanceof MultipartApiError)) return undefined;
  const rows = error.body.rows;
  if (Array.isArray(rows)) {
    const errors = rows.filter(isRowError);
    const n = (key: string) => (typeof error.body[key] === 'number' ? (error.body[key] as number) : undefined);
    return { totalRows: n('totalRows') ?? 0, validRows: n('validRows') ?? 0, imported: 0, errors };
  }
  if (typeof rows === 'object' && rows !== null && Array.isArray((rows as ImportReport).errors)) {
    const report = rows as ImportReport;
    return { ...report, imported: report.imported ?? 0, errors: report.errors.filter(isRowError) };
  }
  return undefined;
}

export const submitGrading = (taskId: string, body: GradingRequest) => api.post(`${taskPath(taskId)}/care-grading`, body);

export const submitSupervision = (taskId: string, body: SupervisionRequest) =>
  api.post(`${taskPath(taskId)}/care-supervision`, body);

export const requestExit = (enrolmentNo: string, body: ExitRequest) => api.post(`${enrolmentPath(enrolmentNo)}/exit`, body);

export const submitExitDecision = (taskId: string, body: ExitDecisionRequest) => api.post(`${taskPath(taskId)}/care-exit`, body);

export const submitProblemResolution = (taskId: string, body: ProblemResolutionRequest) =>
  api.post(`${taskPath(taskId)}/care-problem`, body);
