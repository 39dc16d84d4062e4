import { describe, expect, it } from 'vitest';
import { findEnrolmentNo, isOpenProblem, levelColor, openProblem, sortTimeline, sortVisits, visitStatusColor, VISIT_STATUS_COLOURS } from './labels';

describe('visit status colours', () => {
  it('follow the contract: grey not due, blue due today, red overdue, green visited today', () => {
    expect(VISIT_STATUS_COLOURS).toEqual({ NOT_DUE: 'default', DUE: 'blue', OVERDUE: 'red', DONE: 'green' });
    expect(visitStatusColor('NOT_DUE')).toBe('default');
    expect(visitStatusColor('DUE')).toBe('blue');
    expect(visitStatusColor('OVERDUE')).toBe('red');
    expect(visitStatusColor('DONE')).toBe('green');
  });

  it('fall back to grey for unknown or missing values', () => {
    expect(visitStatusColor('SOMETHING_NEW')).toBe('default');
    expect(visitStatusColor(null)).toBe('default');
    expect(visitStatusColor(undefined)).toBe('default');
    expect(visitStatusColor('toString')).toBe('default');
  });

  it('colour levels by urgency', () => {
    expect([3, 2, 1, 0, null].map(levelColor)).toEqual(['red', 'orange', 'gold', 'default', 'default']);
  });
});

describe('problems, visits, timeline', () => {
  const problem = (id: number, status: string, resolution: string | null = null) => ({
    id,
    department: 'HEALTH_CENTRE' as const,
    description: `p${id}`,
    dueOn: '2026-06-01',
    referralNo: null,
    status,
    resolution,
  });

  it('find the newest open problem', () => {
    expect(isOpenProblem(problem(1, 'OPEN'))).toBe(true);
    expect(isOpenProblem(problem(1, 'RESOLVED', '已处理'))).toBe(false);
    expect(isOpenProblem(problem(1, 'OPEN', '已处理'))).toBe(false);
    expect(openProblem([problem(1, 'OPEN'), problem(3, 'RESOLVED', 'x'), problem(2, 'OPEN')])?.id).toBe(2);
    expect(openProblem([problem(3, 'RESOLVED', 'x')])).toBeUndefined();
  });

  it('sort visits newest first and the timeline oldest first', () => {
    const visit = (id: number, visitedAt: string) => ({ id, visitedAt, mode: 'HOME' as const, met: '本人', findings: '', risk: 'NONE' as const, hasPhoto: false, recordedBy: 'x', recordedAt: visitedAt, lateEntry: false, lateEntryReason: null });
    expect(sortVisits([visit(1, '2026-05-01T02:00:00Z'), visit(2, '2026-05-03T02:00:00Z')]).map((v) => v.id)).toEqual([2, 1]);
    const entry = (at: string, type: string) => ({ at, actor: 'a', actorName: null, type, detail: null });
    expect(sortTimeline([entry('2026-05-03T00:00:00Z', 'B'), entry('2026-05-01T00:00:00Z', 'A')]).map((e) => e.type)).toEqual(['A', 'B']);
  });

  it('find an enrolment number in a 409 message', () => {
    expect(findEnrolmentNo('该人员已在关爱帮扶中（GA-2026-000012）。')).toBe('GA-2026-000012');
    expect(findEnrolmentNo('没有编号')).toBeUndefined();
  });
});
