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

  // now is 16:00 on 10 May in Shanghai.
  it('is dueToday later on the same Shanghai calendar day', () => {
    expect(dueStatus('2026-05-10T08:00:01Z', now)).toBe('dueToday');
    expect(dueStatus('2026-05-10T15:59:59Z', now)).toBe('dueToday'); // 23:59:59 in Shanghai
  });

  it('is ok from the next Shanghai day on, even within 24 hours', () => {
    expect(dueStatus('2026-05-10T16:00:00Z', now)).toBe('ok'); // 00:00 on 11 May in Shanghai
    expect(dueStatus('2026-06-01T00:00:00Z', now)).toBe('ok');
  });

  it('takes the day in Shanghai, not UTC: 07:00 Shanghai is still the UTC day before', () => {
    // 23:30 UTC on 9 May is 07:30 on 10 May in Shanghai; due 09:00 Shanghai is due today.
    expect(dueStatus('2026-05-10T01:00:00Z', '2026-05-09T23:30:00Z')).toBe('dueToday');
  });

  it('compares instants, not wall-clock strings in different zones', () => {
    // 15:00 in Shanghai is 07:00 UTC: already past at 08:00 UTC.
    expect(dueStatus('2026-05-10T15:00:00+08:00', now)).toBe('overdue');
  });

  it('accepts Date objects for now', () => {
    expect(dueStatus('2026-05-10T09:00:00Z', new Date('2026-05-10T08:00:00Z'))).toBe('dueToday');
  });
});
