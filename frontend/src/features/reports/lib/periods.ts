import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import { TIME_ZONE } from '@/lib/dates';

dayjs.extend(utc);
dayjs.extend(timezone);

/** An inclusive period of Shanghai calendar days, `YYYY-MM-DD`. */
export interface Period {
  from: string;
  to: string;
}

export const PRESETS = ['thisMonth', 'lastQuarter', 'thisYear'] as const;
export type Preset = (typeof PRESETS)[number];

const DAY = 'YYYY-MM-DD';

/**
 * The period a preset names at `now`, on the Shanghai calendar whatever the device's zone:
 * this month (1st to its last day), the last whole quarter, this year (1 January to 31 December).
 */
export function presetPeriod(preset: Preset, now: Date = new Date()): Period {
  const today = dayjs(now).tz(TIME_ZONE);
  // A plain local date for the Shanghai day, so month arithmetic does not cross zones.
  const day = dayjs(today.format(DAY));
  switch (preset) {
    case 'thisMonth':
      return { from: day.startOf('month').format(DAY), to: day.endOf('month').format(DAY) };
    case 'lastQuarter': {
      const quarterStartMonth = Math.floor(day.month() / 3) * 3;
      const start = day.startOf('year').add(quarterStartMonth - 3, 'month');
      return { from: start.format(DAY), to: start.add(2, 'month').endOf('month').format(DAY) };
    }
    case 'thisYear':
      return { from: day.startOf('year').format(DAY), to: day.endOf('year').format(DAY) };
  }
}

/** A period from `from`/`to` search parameters, or null when absent, malformed or reversed. */
export function periodFromParams(params: URLSearchParams): Period | null {
  const from = params.get('from');
  const to = params.get('to');
  const valid = (v: string | null): v is string => !!v && /^\d{4}-\d{2}-\d{2}$/.test(v) && dayjs(v).format(DAY) === v;
  if (!valid(from) || !valid(to) || from > to) return null;
  return { from, to };
}
