import { postMultipart } from '@/lib/multipart';
import type { DocumentType, DocumentView } from '../types';
import { casePath } from './cases';

export function documentUploadPath(caseNo: string, type: DocumentType): string {
  return `${casePath(caseNo)}/documents?${new URLSearchParams({ type }).toString()}`;
}

/**
 * Uploads one document to the case file (multipart part `file`). Errors come back as ApiError with
 * the server's problem detail (400 wrong type or too large, 409 case closed, 413 far too large).
 */
export function uploadDocument(caseNo: string, type: DocumentType, file: File, signal?: AbortSignal): Promise<DocumentView> {
  return postMultipart<DocumentView>(
    documentUploadPath(caseNo, type),
    () => {
      const body = new FormData();
      body.append('file', file, file.name);
      return body;
    },
    { signal },
  );
}
