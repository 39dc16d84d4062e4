/**
 * Calendar dates the server sends as `YYYY-MM-DD` (LocalDate). They are formatted as written,
 * never through a time zone, so that a browser far from Shanghai does not shift them by a day.
 */
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

export type DateStyle = 'iso' | 'zh';

export function formatLocalDate(value: string | null | undefined, style: DateStyle = 'iso'): string {
  if (!value) return '';
  const m = LOCAL_DATE.exec(value);
  if (!m) return value;
  if (style === 'zh') return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
  return `${m[1]}-${m[2]}-${m[3]}`;
}
