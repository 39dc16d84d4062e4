import dayjs from 'dayjs';
import { TIME_ZONE } from '@/lib/dates';

/** Today in Shanghai as `YYYY-MM-DD`, whatever the phone's zone. */
export function todayInShanghai(now: Date = new Date()): string {
  return dayjs(now).tz(TIME_ZONE).format('YYYY-MM-DD');
}

/** This month in Shanghai as `YYYY-MM`. */
export function monthInShanghai(now: Date = new Date()): string {
  return dayjs(now).tz(TIME_ZONE).format('YYYY-MM');
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
