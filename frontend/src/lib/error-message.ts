import { ApiError } from './api-client';

export interface ErrorTexts {
  generic: string;
  network: string;
}

/** What to tell the user: the server's own problem detail when there is one. */
export function errorMessage(error: unknown, texts: ErrorTexts): string {
  if (error instanceof ApiError) return error.detail || error.title || texts.generic;
  // fetch rejects with a TypeError when the server cannot be reached.
  if (error instanceof TypeError) return texts.network;
  return texts.generic;
}
