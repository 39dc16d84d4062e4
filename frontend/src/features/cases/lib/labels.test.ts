import { describe, expect, it } from 'vitest';
import { CASE_STATUSES } from '../types';
import { acceptsObjections, categoryNumber, findCaseNo, isOpenStatus, noticePhaseColor, statusColor } from './labels';

describe('labels', () => {
  it('finds the existing case number in a conflict detail', () => {
    expect(findCaseNo('此人已有在办案件 SA-2026-000042（待核实），请勿重复登记。')).toBe('SA-2026-000042');
    expect(findCaseNo('此人已有在办案件')).toBeUndefined();
    expect(findCaseNo(undefined)).toBeUndefined();
  });

  it('gives every status a colour', () => {
    for (const s of CASE_STATUSES) expect(statusColor(s)).toBeTruthy();
    expect(statusColor('SERVING')).toBe('green');
    expect(statusColor('SOMETHING_NEW')).toBe('default');
  });

  it('knows which statuses are open', () => {
    expect(isOpenStatus('NOTICE')).toBe(true);
    expect(isOpenStatus('EXITED')).toBe(false);
  });

  it('reads category numbers from both forms', () => {
    expect(categoryNumber(4)).toBe(4);
    expect(categoryNumber('CATEGORY_6')).toBe(6);
    expect(categoryNumber('CATEGORY_9')).toBeUndefined();
    expect(categoryNumber(null)).toBeUndefined();
  });

  it('offers objections only while the notice period runs', () => {
    expect(acceptsObjections({ phase: 'IN_PERIOD', periodEndedAt: null })).toBe(true);
    expect(acceptsObjections({ phase: 'UNDER_REVIEW', periodEndedAt: null })).toBe(true);
    // the period ended while a review was still open: no new objections
    expect(acceptsObjections({ phase: 'UNDER_REVIEW', periodEndedAt: '2026-12-02T16:00:00Z' })).toBe(false);
    expect(acceptsObjections({ phase: 'LONG_TERM', periodEndedAt: '2026-12-02T16:00:00Z' })).toBe(false);
    expect(acceptsObjections({ phase: 'WITHDRAWN', periodEndedAt: null })).toBe(false);
    expect(noticePhaseColor('UNDER_REVIEW')).not.toBe(noticePhaseColor('IN_PERIOD'));
  });
});
