import { describe, expect, it } from 'vitest';
import { readStepFilters, readTaskFilters, stepFiltersQuery, stepsPath, taskFiltersQuery, tasksPath } from './filters';
import { ELAPSED_HOURS_PER_WORKING_DAY, heatOf } from './heat';
import { durationParts, formatShare } from './format';
import { taskTarget } from './links';

const params = (query: string) => new URLSearchParams(query);

describe('the task list filters in the URL', () => {
  it('reads every filter', () => {
    expect(readTaskFilters(params('state=OVERDUE&processKey=service-assistance&activityId=verifyLead&place=310115001000&page=3'))).toEqual({
      state: 'OVERDUE',
      processKey: 'service-assistance',
      activityId: 'verifyLead',
      place: '310115001000',
      page: 3,
    });
  });

  it('falls back to all open tasks on page 1 and drops what is malformed', () => {
    expect(readTaskFilters(params(''))).toEqual({ state: 'OPEN', processKey: undefined, activityId: undefined, place: undefined, page: 1 });
    expect(readTaskFilters(params('state=overdue&processKey=a b&activityId=<x>&place=abc&page=-2'))).toEqual({
      state: 'OPEN',
      processKey: undefined,
      activityId: undefined,
      place: undefined,
      page: 1,
    });
    expect(readTaskFilters(params('page=0')).page).toBe(1);
    expect(readTaskFilters(params('page=1.5')).page).toBe(1);
    expect(readTaskFilters(params('state=DUE_SOON')).state).toBe('DUE_SOON');
  });

  it('writes the state always, the rest when set, page only past the first', () => {
    expect(taskFiltersQuery({ state: 'OVERDUE', processKey: 'p', page: 1 }).toString()).toBe('state=OVERDUE&processKey=p');
    expect(taskFiltersQuery({}).toString()).toBe('state=OPEN');
    expect(taskFiltersQuery({ state: 'DUE_SOON', activityId: 'a', place: '310115001', page: 2 }).toString()).toBe(
      'state=DUE_SOON&activityId=a&place=310115001&page=2',
    );
    expect(tasksPath({ state: 'OVERDUE', processKey: 'service-assistance' })).toBe('/monitoring/tasks?state=OVERDUE&processKey=service-assistance');
  });

  it('reads back what it writes', () => {
    const f = { state: 'OVERDUE' as const, processKey: 'care', activityId: 'visit', place: '310115001001', page: 4 };
    expect(readTaskFilters(taskFiltersQuery(f))).toEqual(f);
  });

  it('reads the step view choices: 30, 90 or 365 days, 30 otherwise', () => {
    expect(readStepFilters(params('processKey=care&days=90&street=310115001'))).toEqual({ processKey: 'care', days: 90, street: '310115001' });
    expect(readStepFilters(params('days=7')).days).toBe(30);
    expect(readStepFilters(params('')).days).toBe(30);
    expect(stepFiltersQuery({ processKey: 'care', days: 30 }).toString()).toBe('processKey=care');
    expect(stepFiltersQuery({ days: 365, street: '310115001' }).toString()).toBe('days=365&street=310115001');
    expect(stepsPath({ days: 30 })).toBe('/monitoring/steps');
    expect(stepsPath({ processKey: 'care', days: 90 })).toBe('/monitoring/steps?processKey=care&days=90');
  });
});

describe('the duration heat', () => {
  const limit = 5; // working days = 168 elapsed hours
  it('is green up to the limit, orange up to twice, red beyond', () => {
    expect(ELAPSED_HOURS_PER_WORKING_DAY).toBeCloseTo(33.6);
    expect(heatOf(10, limit)).toBe('green');
    expect(heatOf(168, limit)).toBe('green');
    expect(heatOf(168.1, limit)).toBe('orange');
    expect(heatOf(336, limit)).toBe('orange');
    expect(heatOf(336.1, limit)).toBe('red');
    expect(heatOf(48, 2)).toBe('green');
    expect(heatOf(100, 2)).toBe('orange');
  });

  it('has none without completions or without a limit', () => {
    expect(heatOf(null, limit)).toBe('none');
    expect(heatOf(undefined, limit)).toBe('none');
    expect(heatOf(10, 0)).toBe('none');
    expect(heatOf(10, null)).toBe('none');
  });
});

describe('durations and shares', () => {
  it('says minutes under an hour, hours under a day, else days and hours', () => {
    expect(durationParts(0)).toEqual({ unit: 'minutes', minutes: 1 });
    expect(durationParts(0.5)).toEqual({ unit: 'minutes', minutes: 30 });
    expect(durationParts(1)).toEqual({ unit: 'hours', hours: 1 });
    expect(durationParts(5.55)).toEqual({ unit: 'hours', hours: 5.6 });
    expect(durationParts(23.97)).toEqual({ unit: 'days', days: 1, hours: 0 });
    expect(durationParts(30.5)).toEqual({ unit: 'days', days: 1, hours: 7 });
    expect(durationParts(90)).toEqual({ unit: 'days', days: 3, hours: 18 });
    expect(durationParts(-3)).toEqual({ unit: 'minutes', minutes: 1 });
  });

  it('gives shares as percent with at most one decimal', () => {
    expect(formatShare(0.93)).toBe('93%');
    expect(formatShare(0.9345)).toBe('93.5%');
    expect(formatShare(1)).toBe('100%');
    expect(formatShare(0)).toBe('0%');
  });
});

describe('where a task row leads', () => {
  it('follows link.kind, and the task itself without a link', () => {
    const to = (kind: string | null, key = 'K-1') => taskTarget({ taskId: 't 1', link: kind ? ({ kind, key } as never) : null });
    expect(to('CASE', 'FW2026000123')).toBe('/cases/FW2026000123');
    expect(to('ORDER')).toBe('/services/orders/K-1');
    expect(to('STATEMENT')).toBe('/services/statements/K-1');
    expect(to('REFERRAL')).toBe('/referrals/K-1');
    expect(to('ENROLMENT')).toBe('/care/K-1');
    expect(to('MEETING')).toBe('/meetings/items/K-1');
    expect(to('TASK')).toBe('/tasks/t%201');
    expect(to(null)).toBe('/tasks/t%201');
  });
});
