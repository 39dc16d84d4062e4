/**
 * Durations and shares as the step view shows them. Pure: the page turns the parts into words in
 * the user's language.
 */
export type DurationParts =
  | { unit: 'minutes'; minutes: number }
  | { unit: 'hours'; hours: number }
  | { unit: 'days'; days: number; hours: number };

/** Under an hour in minutes, under a day in hours (one decimal), else whole days and hours. */
export function durationParts(totalHours: number): DurationParts {
  const h = Math.max(0, totalHours);
  if (h < 1) return { unit: 'minutes', minutes: Math.max(1, Math.round(h * 60)) };
  if (h < 24) {
    const hours = Math.round(h * 10) / 10;
    if (hours < 24) return { unit: 'hours', hours };
  }
  const whole = Math.round(h);
  return { unit: 'days', days: Math.floor(whole / 24), hours: whole % 24 };
}

/** 0.934 → "93.4%", 1 → "100%". */
export function formatShare(share: number): string {
  const percent = Math.round(share * 1000) / 10;
  return `${percent}%`;
}
