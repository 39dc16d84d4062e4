/** A photo taken in the field (visits, delivered services): JPEG or PNG, at most 10 MB (the server checks the bytes again). */
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
export const PHOTO_TYPES = ['image/jpeg', 'image/png'] as const;
export const PHOTO_ACCEPT = '.jpg,.jpeg,.png,image/jpeg,image/png';

export type PhotoProblem = 'wrongType' | 'tooLarge' | 'empty';

export function photoProblem(file: { name: string; type: string; size: number }): PhotoProblem | null {
  const type = (file.type || '').toLowerCase();
  const byType = (PHOTO_TYPES as readonly string[]).includes(type);
  // Some phones send no MIME type: fall back to the extension.
  const byName = !type && /\.(jpe?g|png)$/i.test(file.name);
  if (!byType && !byName) return 'wrongType';
  if (file.size === 0) return 'empty';
  if (file.size > MAX_PHOTO_BYTES) return 'tooLarge';
  return null;
}
