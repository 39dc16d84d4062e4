import type { DocumentType, DocumentView } from '../types';
import { DOCUMENT_ORDER } from './labels';

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
export const ACCEPTED_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export const ACCEPT_ATTRIBUTE = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

export type FileProblem = 'wrongType' | 'tooLarge' | 'empty';

/** A first check before uploading; the server looks at the bytes and decides. */
export function fileProblem(file: { name: string; type: string; size: number }): FileProblem | null {
  const type = (file.type || '').toLowerCase();
  const byType = (ACCEPTED_TYPES as readonly string[]).includes(type);
  // Some phones send no MIME type: fall back to the extension.
  const byName = !type && /\.(pdf|jpe?g|png)$/i.test(file.name);
  if (!byType && !byName) return 'wrongType';
  if (file.size === 0) return 'empty';
  if (file.size > MAX_DOCUMENT_BYTES) return 'tooLarge';
  return null;
}

export interface ChecklistRow {
  type: DocumentType;
  required: boolean;
  documents: DocumentView[];
}

/**
 * One row per document type: the required ones first (in the usual order), then the optional ones.
 * Each row carries the documents already uploaded for it.
 */
export function documentChecklist(required: readonly DocumentType[], documents: readonly DocumentView[]): ChecklistRow[] {
  const requiredSet = new Set(required);
  const rows = DOCUMENT_ORDER.map((type) => ({
    type,
    required: requiredSet.has(type),
    documents: documents.filter((d) => d.type === type),
  }));
  return [...rows.filter((r) => r.required), ...rows.filter((r) => !r.required)];
}

export function missingRequired(required: readonly DocumentType[], documents: readonly DocumentView[]): DocumentType[] {
  const have = new Set(documents.map((d) => d.type));
  return required.filter((type) => !have.has(type));
}

export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function documentUrl(caseNo: string, id: number): string {
  return `/api/cases/${encodeURIComponent(caseNo)}/documents/${id}`;
}
