/**
 * PRC resident identity numbers (GB 11643-1999): 6-digit address code, 8-digit birth date, 3-digit
 * sequence (odd = male, even = female) and an ISO 7064 MOD 11-2 check character. The server checks
 * again; this is only for quick feedback while typing.
 */

export const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
export const ID_CHECK_CHARS = '10X98765432';

export type IdProblem = 'length' | 'digits' | 'lastChar' | 'birthDate' | 'checkDigit';
export type IdGender = 'MALE' | 'FEMALE';

export interface IdInfo {
  /** YYYY-MM-DD, once the birth-date digits are typed and form a real date. */
  birthDate?: string;
  /** Once the sequence digits are typed. */
  gender?: IdGender;
}

/** What the user typed, as the server wants it: no spaces, a capital X. */
export function normaliseIdNumber(value: string | null | undefined): string {
  return (value ?? '').replace(/\s+/g, '').toUpperCase();
}

/** The check character for the first 17 digits. */
export function idCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17.charAt(i)) * ID_WEIGHTS[i];
  return ID_CHECK_CHARS.charAt(sum % 11);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `YYYYMMDD` as `YYYY-MM-DD` when it is a real date from 1900 up to `today`, else undefined. */
export function birthDateOf(digits8: string, today: Date = new Date()): string | undefined {
  if (!/^\d{8}$/.test(digits8)) return undefined;
  const y = Number(digits8.slice(0, 4));
  const m = Number(digits8.slice(4, 6));
  const d = Number(digits8.slice(6, 8));
  if (y < 1900 || m < 1 || m > 12 || d < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > daysInMonth) return undefined;
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  const todayIso = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
  return iso > todayIso ? undefined : iso;
}

/** Why the number is not valid, or null when it is (same order of checks as the server). */
export function idNumberProblem(value: string | null | undefined, today: Date = new Date()): IdProblem | null {
  const v = normaliseIdNumber(value);
  if (v.length !== 18) return 'length';
  if (!/^\d{17}$/.test(v.slice(0, 17))) return 'digits';
  if (!/^[0-9X]$/.test(v.charAt(17))) return 'lastChar';
  if (!birthDateOf(v.slice(6, 14), today)) return 'birthDate';
  if (idCheckCharacter(v) !== v.charAt(17)) return 'checkDigit';
  return null;
}

export function isValidIdNumber(value: string | null | undefined, today: Date = new Date()): boolean {
  return idNumberProblem(value, today) === null;
}

/** Birth date and gender from what has been typed so far, as far as it goes. */
export function deriveIdInfo(value: string | null | undefined, today: Date = new Date()): IdInfo {
  const v = normaliseIdNumber(value);
  const info: IdInfo = {};
  if (v.length >= 14 && /^\d{14}/.test(v)) {
    const birthDate = birthDateOf(v.slice(6, 14), today);
    if (birthDate) info.birthDate = birthDate;
  }
  if (v.length >= 17 && /^\d{17}/.test(v)) {
    info.gender = Number(v.charAt(16)) % 2 === 1 ? 'MALE' : 'FEMALE';
  }
  return info;
}
