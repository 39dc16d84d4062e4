/**
 * The duration heat of a user task on the diagram: its p90 time to complete against its legal limit.
 * Green when p90 ≤ limit, orange up to twice the limit, red beyond; none without completions.
 *
 * The server gives p90 in elapsed hours and the limit in working days. Working days are turned into
 * elapsed hours as a week does it (5 working days = 7 days = 168 h, so 33.6 h each); holidays are
 * not counted, so a step finished just within its limit over a holiday can look orange. The exact
 * figure is the on-time share, which the server computes with the official calendar.
 */
export type Heat = 'green' | 'orange' | 'red' | 'none';

export const ELAPSED_HOURS_PER_WORKING_DAY = (7 * 24) / 5;

export function limitHours(limitWorkingDays: number): number {
  return limitWorkingDays * ELAPSED_HOURS_PER_WORKING_DAY;
}

export function heatOf(p90Hours: number | null | undefined, limitWorkingDays: number | null | undefined): Heat {
  if (p90Hours == null || !Number.isFinite(p90Hours) || limitWorkingDays == null || !(limitWorkingDays > 0)) return 'none';
  const limit = limitHours(limitWorkingDays);
  if (p90Hours <= limit) return 'green';
  if (p90Hours <= 2 * limit) return 'orange';
  return 'red';
}

/** Fill and stroke of each heat (the diagram's markers and the legend use the same). */
export const HEAT_COLOURS: Record<Heat, { fill: string; stroke: string }> = {
  green: { fill: '#d9f7be', stroke: '#389e0d' },
  orange: { fill: '#ffe7ba', stroke: '#d46b08' },
  red: { fill: '#ffccc7', stroke: '#cf1322' },
  none: { fill: '#f5f5f5', stroke: '#8c8c8c' },
};

/** The diagram marker (CSS class) of a heat. */
export const heatMarker = (heat: Heat) => `monitoring-heat-${heat}`;
