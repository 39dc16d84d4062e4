import dayjs, { type Dayjs } from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Every date is shown in the bureau's time zone, whatever the browser's. */
export const TIME_ZONE = 'Asia/Shanghai';
export const DATE_TIME_FORMAT = 'YYYY-MM-DD HH:mm';
export const DATE_FORMAT = 'YYYY-MM-DD';

export type DateInput = string | number | Date | Dayjs;
export type DueStatus = 'overdue' | 'dueToday' | 'ok' | 'none';

function inShanghai(value: DateInput): Dayjs | null {
  const d = dayjs(value);
  return d.isValid() ? d.tz(TIME_ZONE) : null;
}

export function formatDateTime(value: DateInput | null | undefined): string {
  if (value == null) return '';
  return inShanghai(value)?.format(DATE_TIME_FORMAT) ?? '';
}

export function formatDate(value: DateInput | null | undefined): string {
  if (value == null) return '';
  return inShanghai(value)?.format(DATE_FORMAT) ?? '';
}

/**
 * The calendar day a value falls on in Shanghai, as a local Dayjs at midnight: what a DatePicker
 * should show for a date the server keeps as an instant.
 */
export function toCalendarDay(value: DateInput | null | undefined): Dayjs | undefined {
  const day = value == null ? '' : formatDate(value);
  return day ? dayjs(day) : undefined; // dayjs reads a bare date as local midnight
}

/** Where a deadline stands at `now`: passed, later today (Shanghai's calendar day), later, or absent. */
export function dueStatus(due: DateInput | null | undefined, now: DateInput = new Date()): DueStatus {
  if (due == null || due === '') return 'none';
  const dueAt = dayjs(due);
  if (!dueAt.isValid()) return 'none';
  if (dueAt.valueOf() <= dayjs(now).valueOf()) return 'overdue';
  if (formatDate(dueAt) === formatDate(now)) return 'dueToday';
  return 'ok';
}

/** Today in Shanghai as `YYYY-MM-DD`, whatever the device's zone (what a native date input takes). */
export function todayInShanghai(now: Date = new Date()): string {
  return dayjs(now).tz(TIME_ZONE).format('YYYY-MM-DD');
}

/** This month in Shanghai as `YYYY-MM` (what a native month input takes). */
export function monthInShanghai(now: Date = new Date()): string {
  return dayjs(now).tz(TIME_ZONE).format('YYYY-MM');
}
