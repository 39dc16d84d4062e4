import { describe, expect, it } from 'vitest';
import { formatDays, formatPercent, formatShare, formatSize, formatYuan } from './format';
import { periodFromParams, presetPeriod } from './periods';

describe('period presets (Shanghai calendar)', () => {
  it('this month runs from the 1st to the last day, leap February included', () => {
    expect(presetPeriod('thisMonth', new Date('2028-02-10T04:00:00Z'))).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(presetPeriod('thisMonth', new Date('2026-06-05T02:00:00Z'))).toEqual({ from: '2026-06-01', to: '2026-06-30' });
  });

  it('takes the Shanghai day when UTC is still on the previous one', () => {
    // 2026-03-31 16:30 UTC is 1 April 00:30 in Shanghai
    const now = new Date('2026-03-31T16:30:00Z');
    expect(presetPeriod('thisMonth', now)).toEqual({ from: '2026-04-01', to: '2026-04-30' });
    expect(presetPeriod('lastQuarter', now)).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    // 2026-03-31 15:59 UTC is still 31 March in Shanghai
    expect(presetPeriod('lastQuarter', new Date('2026-03-31T15:59:00Z'))).toEqual({ from: '2025-10-01', to: '2025-12-31' });
  });

  it('last quarter is the previous whole quarter, across the year end', () => {
    expect(presetPeriod('lastQuarter', new Date('2026-01-15T04:00:00Z'))).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(presetPeriod('lastQuarter', new Date('2026-05-31T04:00:00Z'))).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(presetPeriod('lastQuarter', new Date('2026-08-31T04:00:00Z'))).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(presetPeriod('lastQuarter', new Date('2026-12-31T04:00:00Z'))).toEqual({ from: '2026-07-01', to: '2026-09-30' });
  });

  it('this year turns on the Shanghai new year', () => {
    expect(presetPeriod('thisYear', new Date('2026-12-31T15:59:00Z'))).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    const newYear = new Date('2026-12-31T16:00:00Z');
    expect(presetPeriod('thisYear', newYear)).toEqual({ from: '2027-01-01', to: '2027-12-31' });
    expect(presetPeriod('lastQuarter', newYear)).toEqual({ from: '2026-10-01', to: '2026-12-31' });
  });
});

describe('formatting', () => {
  it('shows shares with one decimal and a dash for nothing to divide', () => {
    expect(formatPercent(42)).toBe('42.0%');
    expect(formatPercent(33.3)).toBe('33.3%');
    expect(formatPercent(0)).toBe('0.0%');
    expect(formatPercent(null)).toBe('–');
    expect(formatShare(12, 40)).toBe('12 / 40');
  });

  it('shows days with the unit, or a dash', () => {
    expect(formatDays(5.5, '天')).toBe('5.5 天');
    expect(formatDays(0, 'd')).toBe('0.0 d');
    expect(formatDays(null, 'd')).toBe('–');
  });

  it('shows yuan and file sizes', () => {
    expect(formatYuan(12345.5)).toBe('12,345.50');
    expect(formatSize(512)).toBe('512 B');
    expect(formatSize(2048)).toBe('2.0 KB');
    expect(formatSize(3 * 1024 * 1024)).toBe('3.0 MB');
  });
});

describe('periodFromParams', () => {
  it('reads a period kept in the URL and refuses malformed, impossible or reversed ones', () => {
    expect(periodFromParams(new URLSearchParams('from=2026-06-01&to=2026-08-31'))).toEqual({ from: '2026-06-01', to: '2026-08-31' });
    expect(periodFromParams(new URLSearchParams('from=2026-06-01'))).toBeNull();
    expect(periodFromParams(new URLSearchParams('from=2026-02-30&to=2026-03-31'))).toBeNull();
    expect(periodFromParams(new URLSearchParams('from=2026-09-01&to=2026-08-31'))).toBeNull();
    expect(periodFromParams(new URLSearchParams('from=x&to=2026-08-31'))).toBeNull();
  });
});
