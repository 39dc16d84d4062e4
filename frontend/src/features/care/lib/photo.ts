/** The visit photo: the app-wide rule in lib/photo. */
export { MAX_PHOTO_BYTES, PHOTO_ACCEPT, PHOTO_TYPES, photoProblem, type PhotoProblem } from '@/lib/photo';

/** The roster workbook to import. */
export function isXlsx(file: { name: string; type: string }): boolean {
  return /\.xlsx$/i.test(file.name) || file.type === 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
}
