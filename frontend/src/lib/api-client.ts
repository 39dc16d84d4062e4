/** The one fetch wrapper: same-origin session cookie, CSRF echo, RFC 9457 problem details. */

export interface FieldError {
  field: string;
  message: string;
}

export interface ProblemDetail {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
  /** Seconds to wait before trying again (429 answers; the same as the Retry-After header). */
  retryAfter?: number;
}

export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly type: string | undefined;
  readonly fieldErrors: FieldError[];
  readonly retryAfter: number | undefined;

  constructor(status: number, problem: ProblemDetail = {}) {
    const title = problem.title ?? `HTTP ${status}`;
    super(problem.detail ?? title);
    this.name = 'ApiError';
    this.status = status;
    this.title = title;
    this.detail = problem.detail;
    this.type = problem.type;
    this.fieldErrors = Array.isArray(problem.errors) ? problem.errors.filter(isFieldError) : [];
    this.retryAfter = typeof problem.retryAfter === 'number' ? problem.retryAfter : undefined;
  }
}

function isFieldError(value: unknown): value is FieldError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as FieldError).field === 'string' &&
    typeof (value as FieldError).message === 'string'
  );
}

// Not Angular's default XSRF-TOKEN / X-XSRF-TOKEN: Cockpit (Angular, same origin) would pick up a
// cookie of that name and send the app's token to the webapps' own CSRF check, which then fails.
export const CSRF_COOKIE = 'SA-XSRF-TOKEN';
export const CSRF_HEADER = 'X-SA-XSRF-TOKEN';
export const CSRF_PATH = '/api/auth/csrf';

/** A 401 from these means "not signed in (yet)", which their callers handle themselves. */
const NO_LOGIN_REDIRECT = ['/api/auth/me', '/api/auth/login'];

export function readCookie(name: string): string | undefined {
  const prefix = `${name}=`;
  for (const part of document.cookie.split(';')) {
    const cookie = part.trim();
    if (cookie.startsWith(prefix)) return decodeURIComponent(cookie.slice(prefix.length));
  }
  return undefined;
}

/** Asks the server to (re)issue the CSRF cookie. */
export async function refreshCsrfToken(): Promise<void> {
  await fetch(CSRF_PATH, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
}

async function csrfToken(): Promise<string | undefined> {
  let token = readCookie(CSRF_COOKIE);
  if (!token) {
    await refreshCsrfToken();
    token = readCookie(CSRF_COOKIE);
  }
  return token;
}

export function loginPath(): string {
  const { pathname, search } = window.location;
  const here = pathname + search;
  return here.startsWith('/login') || here === '/' ? '/login' : `/login?redirect=${encodeURIComponent(here)}`;
}

function redirectToLogin(): void {
  if (!window.location.pathname.startsWith('/login')) window.location.assign(loginPath());
}

async function readProblem(response: Response): Promise<ProblemDetail> {
  const type = response.headers.get('Content-Type') ?? '';
  if (!type.includes('json')) return { status: response.status };
  try {
    const body: unknown = await response.json();
    return typeof body === 'object' && body !== null ? (body as ProblemDetail) : { status: response.status };
  } catch {
    return { status: response.status };
  }
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
}

async function send(path: string, method: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') {
    const token = await csrfToken();
    if (token) headers[CSRF_HEADER] = token;
  }
  return fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: options.signal,
  });
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  let response = await send(path, method, options);
  if (response.status === 403 && method !== 'GET') {
    // A stale or missing CSRF token also answers 403: fetch a fresh one and try once more.
    await refreshCsrfToken();
    response = await send(path, method, options);
  }
  if (!response.ok) {
    if (response.status === 401 && !NO_LOGIN_REDIRECT.includes(path)) redirectToLogin();
    throw new ApiError(response.status, await readProblem(response));
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, signal?: AbortSignal) => apiRequest<T>(path, { signal }),
  post: <T = void>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'POST', body }),
};

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}
