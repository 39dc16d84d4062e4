import dayjs, { type Dayjs } from 'dayjs';
import { TIME_ZONE, toCalendarDay } from '@/lib/dates';

const WALL_CLOCK = 'YYYY-MM-DDTHH:mm:ss';

/**
 * Pickers work in wall-clock time. The wall clock shown and entered is Shanghai's, whatever the
 * browser's zone: `shanghaiNow()` is "now in Shanghai" as a local Dayjs, and `wallClockToInstant`
 * reads a picked value back as Shanghai time.
 */
export function shanghaiNow(now: Date | Dayjs = new Date()): Dayjs {
  return dayjs(dayjs(now).tz(TIME_ZONE).format(WALL_CLOCK));
}

/** Today in Shanghai, as a local Dayjs at midnight (what a DatePicker should show). */
export function shanghaiToday(now: Date | Dayjs = new Date()): Dayjs {
  return toCalendarDay(dayjs(now)) ?? dayjs().startOf('day');
}

/** A picked date and time, taken as Shanghai wall-clock time, as an ISO instant with offset. */
export function wallClockToInstant(value: Dayjs): string {
  return dayjs.tz(value.format(WALL_CLOCK), TIME_ZONE).format();
}

/** A picked calendar day as `YYYY-MM-DD`. */
export function toLocalDate(value: Dayjs): string {
  return value.format('YYYY-MM-DD');
}

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * A calendar date the server sends as `YYYY-MM-DD`, shown as written: never through a time zone,
 * so that a browser far from Shanghai does not shift it by a day.
 */
export function formatDay(value: string | null | undefined): string {
  if (!value) return '';
  const m = LOCAL_DATE.exec(value);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : value;
}

/**
 * Whole Shanghai calendar days from a picked wall-clock time back to today (0 = today), the
 * server's rule for a late entry (补录): more than the policy's lateEntryDays is late.
 */
export function daysBack(value: Dayjs, now: Date | Dayjs = new Date()): number {
  return shanghaiNow(now).startOf('day').diff(value.startOf('day'), 'day');
}

export function isLateEntry(value: Dayjs | undefined, lateEntryDays: number, now: Date | Dayjs = new Date()): boolean {
  return !!value && daysBack(value, now) > lateEntryDays;
}
