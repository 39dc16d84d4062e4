import {
  ApiError,
  CSRF_COOKIE,
  CSRF_HEADER,
  loginPath,
  readCookie,
  refreshCsrfToken,
  type ProblemDetail,
} from './api-client';

/** An error answer with the whole problem body kept (e.g. an import's 400 carries its report in `rows`). */
export class MultipartApiError extends ApiError {
  readonly body: Record<string, unknown>;

  constructor(status: number, body: Record<string, unknown>) {
    super(status, body as ProblemDetail);
    this.body = body;
  }
}

async function readBody(response: Response): Promise<Record<string, unknown>> {
  const type = response.headers.get('Content-Type') ?? '';
  if (!type.includes('json')) return { status: response.status };
  try {
    const body: unknown = await response.json();
    return typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : { status: response.status };
  } catch {
    return { status: response.status };
  }
}

async function csrfToken(): Promise<string | undefined> {
  let token = readCookie(CSRF_COOKIE);
  if (!token) {
    await refreshCsrfToken();
    token = readCookie(CSRF_COOKIE);
  }
  return token;
}

async function send(path: string, body: FormData, signal?: AbortSignal): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  const token = await csrfToken();
  if (token) headers[CSRF_HEADER] = token;
  // No Content-Type: the browser sets multipart/form-data with its boundary.
  return fetch(path, { method: 'POST', headers, body, credentials: 'same-origin', signal });
}

export interface MultipartOptions {
  signal?: AbortSignal;
  /** false: a 401 is only thrown (a queued upload keeps its data and asks to sign in itself). */
  loginRedirect?: boolean;
}

/**
 * POSTs a multipart body (uploads): CSRF header, one retry with a fresh token on 403, the sign-in
 * page on 401 (unless told not to), problem details as MultipartApiError. `build` is called again
 * for the retry.
 */
export async function postMultipart<T>(
  path: string,
  build: () => FormData,
  { signal, loginRedirect = true }: MultipartOptions = {},
): Promise<T> {
  let response = await send(path, build(), signal);
  if (response.status === 403) {
    // A stale CSRF token answers 403 too: fetch a fresh one and try once more.
    await refreshCsrfToken();
    response = await send(path, build(), signal);
  }
  if (!response.ok) {
    if (response.status === 401 && loginRedirect && !window.location.pathname.startsWith('/login')) {
      window.location.assign(loginPath());
    }
    throw new MultipartApiError(response.status, await readBody(response));
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** A JSON part, sent with its own content type (Spring's @RequestPart reads it as JSON). */
export function jsonPart(value: unknown): Blob {
  return new Blob([JSON.stringify(value)], { type: 'application/json' });
}
