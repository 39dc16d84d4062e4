import {
  ApiError,
  CSRF_COOKIE,
  CSRF_HEADER,
  loginPath,
  readCookie,
  refreshCsrfToken,
  type ProblemDetail,
} from '@/lib/api-client';
import type { DocumentType, DocumentView } from '../types';
import { casePath } from './cases';

/** The body of an error answer as problem details, whatever the server sent. */
export async function readProblem(response: Response): Promise<ProblemDetail> {
  const type = response.headers.get('Content-Type') ?? '';
  if (!type.includes('json')) return { status: response.status };
  try {
    const body: unknown = await response.json();
    return typeof body === 'object' && body !== null ? (body as ProblemDetail) : { status: response.status };
  } catch {
    return { status: response.status };
  }
}

export function documentUploadPath(caseNo: string, type: DocumentType): string {
  return `${casePath(caseNo)}/documents?${new URLSearchParams({ type }).toString()}`;
}

async function csrfToken(): Promise<string | undefined> {
  let token = readCookie(CSRF_COOKIE);
  if (!token) {
    await refreshCsrfToken();
    token = readCookie(CSRF_COOKIE);
  }
  return token;
}

async function send(path: string, file: File, signal?: AbortSignal): Promise<Response> {
  const body = new FormData();
  body.append('file', file, file.name);
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  const token = await csrfToken();
  if (token) headers[CSRF_HEADER] = token;
  // No Content-Type: the browser sets multipart/form-data with its boundary.
  return fetch(path, { method: 'POST', headers, body, credentials: 'same-origin', signal });
}

/**
 * Uploads one document to the case file (multipart part `file`). Errors come back as ApiError with
 * the server's problem detail (400 wrong type or too large, 409 case closed, 413 far too large).
 */
export async function uploadDocument(
  caseNo: string,
  type: DocumentType,
  file: File,
  signal?: AbortSignal,
): Promise<DocumentView> {
  const path = documentUploadPath(caseNo, type);
  let response = await send(path, file, signal);
  if (response.status === 403) {
    // A stale CSRF token answers 403 too: fetch a fresh one and try once more.
    await refreshCsrfToken();
    response = await send(path, file, signal);
  }
  if (!response.ok) {
    if (response.status === 401 && !window.location.pathname.startsWith('/login')) {
      window.location.assign(loginPath());
    }
    throw new ApiError(response.status, await readProblem(response));
  }
  return (await response.json()) as DocumentView;
}
