import { describe, expect, it } from 'vitest';
import { dueStatus, formatDate, formatDateTime, toCalendarDay } from './dates';

describe('formatDateTime', () => {
  it('shows instants in Asia/Shanghai', () => {
    expect(formatDateTime('2026-01-01T00:00:00Z')).toBe('2026-01-01 08:00');
    expect(formatDateTime('2026-03-05T17:30:00Z')).toBe('2026-03-06 01:30');
  });

  it('accepts offsets other than UTC', () => {
    expect(formatDateTime('2026-01-01T09:15:00+09:00')).toBe('2026-01-01 08:15');
  });

  it('returns an empty string for missing or invalid values', () => {
    expect(formatDateTime(null)).toBe('');
    expect(formatDateTime(undefined)).toBe('');
    expect(formatDateTime('not a date')).toBe('');
  });
});

describe('formatDate', () => {
  it('uses the Shanghai calendar day', () => {
    // 16:00 UTC is midnight of the next day in Shanghai.
    expect(formatDate('2026-02-28T16:00:00Z')).toBe('2026-03-01');
    expect(formatDate('2026-02-28T15:59:00Z')).toBe('2026-02-28');
  });
});

describe('toCalendarDay', () => {
  it('turns an instant into the local day it falls on in Shanghai', () => {
    expect(toCalendarDay('2026-02-28T16:00:00Z')?.format('YYYY-MM-DD')).toBe('2026-03-01');
    expect(toCalendarDay(null)).toBeUndefined();
  });
});

describe('dueStatus', () => {
  const now = '2026-05-10T08:00:00Z';

  it('is none without a due date', () => {
    expect(dueStatus(null, now)).toBe('none');
    expect(dueStatus(undefined, now)).toBe('none');
    expect(dueStatus('', now)).toBe('none');
    expect(dueStatus('garbage', now)).toBe('none');
  });

  it('is overdue once the due time has passed', () => {
    expect(dueStatus('2026-05-10T07:59:59Z', now)).toBe('overdue');
    expect(dueStatus('2026-05-01T00:00:00Z', now)).toBe('overdue');
  });

  it('is overdue at the very due instant', () => {
    expect(dueStatus('2026-05-10T08:00:00Z', now)).toBe('overdue');
  });

  it('is dueSoon within the next 24 hours', () => {
    expect(dueStatus('2026-05-10T08:00:01Z', now)).toBe('dueSoon');
    expect(dueStatus('2026-05-11T08:00:00Z', now)).toBe('dueSoon');
  });

  it('is ok beyond 24 hours', () => {
    expect(dueStatus('2026-05-11T08:00:01Z', now)).toBe('ok');
    expect(dueStatus('2026-06-01T00:00:00Z', now)).toBe('ok');
  });

  it('compares instants, not wall-clock strings in different zones', () => {
    // 15:00 in Shanghai is 07:00 UTC: already past at 08:00 UTC.
    expect(dueStatus('2026-05-10T15:00:00+08:00', now)).toBe('overdue');
  });

  it('accepts Date objects for now', () => {
    expect(dueStatus('2026-05-10T09:00:00Z', new Date('2026-05-10T08:00:00Z'))).toBe('dueSoon');
  });
});
