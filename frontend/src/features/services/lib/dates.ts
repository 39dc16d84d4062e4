/** Shanghai's day and month are in @/lib/dates; these are the feature's own date and money helpers. */
import { monthInShanghai } from '@/lib/dates';

/**
 * The latest month that has ended in Shanghai (`YYYY-MM`): statements are built only for ended
 * months, so this is the month picker's default and its maximum.
 */
export function lastEndedMonth(now: Date = new Date()): string {
  const [year, month] = monthInShanghai(now).split('-').map(Number) as [number, number];
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/** Minutes from `HH:mm` to `HH:mm`; null when either is missing or malformed. */
export function minutesBetween(start: string, end: string): number | null {
  const parse = (v: string) => {
    const m = /^(\d{2}):(\d{2})/.exec(v);
    return m ? Number(m[1]) * 60 + Number(m[2]) : null;
  };
  const a = parse(start);
  const b = parse(end);
  return a === null || b === null ? null : b - a;
}

/** Money as the server sends it (a number of yuan), with two decimals. */
export function yuan(value: number | null | undefined): string {
  return value == null ? '—' : value.toFixed(2);
}
