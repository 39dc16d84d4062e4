import dayjs from 'dayjs';
import { TIME_ZONE } from '@/lib/dates';

/** Today in Shanghai as `YYYY-MM-DD`. */
export function todayInShanghai(now: Date = new Date()): string {
  return dayjs(now).tz(TIME_ZONE).format('YYYY-MM-DD');
}
