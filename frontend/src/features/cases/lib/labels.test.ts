import { describe, expect, it } from 'vitest';
import { CASE_STATUSES } from '../types';
import { categoryNumber, findCaseNo, isOpenStatus, statusColor } from './labels';

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
});
