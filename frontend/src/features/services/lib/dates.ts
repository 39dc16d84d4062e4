/** Shanghai's day and month are in @/lib/dates; these are the feature's own date and money helpers. */

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
