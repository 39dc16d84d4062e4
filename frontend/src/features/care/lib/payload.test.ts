import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { shanghaiNow, wallClockToInstant } from './dates';
import {
  buildEmergencyPayload,
  buildEnrolmentPayload,
  buildFacts,
  buildGradingPayload,
  buildRegradePayload,
  buildVisitPayload,
  formFieldName,
  gradingReasonProblem,
  gradingReasonRequired,
  rosterQuery,
} from './payload';
import { areaOptions, inScope, villageMode, villagesFromRows } from './villages';

const officer = { orgLevel: 'VILLAGE' as const, orgCode: '360199002002' };
const clerk = { orgLevel: 'STREET' as const, orgCode: '360199002' };

const facts = {
  livesAlone: true,
  selfCare: 'PARTIAL' as const,
  remoteDwelling: true,
  neighboursNearby: 0,
  seriousIllnessOrDisability: false,
  carerInDifficulty: false,
  legalSupporterPresent: false,
  supportLacking: false,
};

describe('buildEnrolmentPayload', () => {
  const values = {
    name: ' 渔港老人 ',
    idNumber: '360199 19560229003x',
    phone: ' 139 0791 2345 ',
    address: '  ',
    villageCode: '360199002001',
    group: 'EMPTY_NEST_LEFT_BEHIND_ELDERLY' as const,
    facts: { livesAlone: true, selfCare: 'PARTIAL' as const, remoteDwelling: true },
    note: ' 独居 ',
  };

  it('trims, normalises the ID number, fills unanswered facts and leaves blank optionals out', () => {
    expect(buildEnrolmentPayload(values, clerk)).toEqual({
      name: '渔港老人',
      idNumber: '36019919560229003X',
      phone: '13907912345',
      villageCode: '360199002001',
      group: 'EMPTY_NEST_LEFT_BEHIND_ELDERLY',
      facts,
      note: '独居',
    });
  });

  it("uses a village officer's own village whatever the form says", () => {
    expect(buildEnrolmentPayload(values, officer).villageCode).toBe('360199002002');
  });

  it('keeps the neighbours count a whole number in 0–99', () => {
    expect(buildFacts({ selfCare: 'NONE', neighboursNearby: 3.7 }).neighboursNearby).toBe(3);
    expect(buildFacts({ selfCare: 'NONE', neighboursNearby: 250 }).neighboursNearby).toBe(99);
    expect(buildFacts({ selfCare: 'NONE' }).neighboursNearby).toBe(0);
  });

  it('builds a regrade body', () => {
    expect(buildRegradePayload({ facts, note: '' })).toEqual({ facts });
    expect(buildRegradePayload({ facts, note: '病情加重' })).toEqual({ facts, note: '病情加重' });
  });

  it('maps server field names onto nested form items', () => {
    expect(formFieldName('facts.selfCare')).toEqual(['facts', 'selfCare']);
    expect(formFieldName('name')).toEqual(['name']);
  });
});

describe('buildVisitPayload', () => {
  it('sends the picked wall-clock time as a Shanghai instant', () => {
    const body = buildVisitPayload({
      visitedAt: dayjs('2026-05-10T09:30:00'),
      mode: 'PHONE',
      met: ' 邻居 ',
      findings: ' 电话联系，身体尚可 ',
      risk: 'MINOR',
    });
    expect(body).toEqual({
      visitedAt: '2026-05-10T09:30:00+08:00',
      mode: 'PHONE',
      met: '邻居',
      findings: '电话联系，身体尚可',
      risk: 'MINOR',
    });
    expect(Date.parse(body.visitedAt)).toBe(Date.parse('2026-05-10T01:30:00Z'));
  });

  it('defaults to a home visit with no risk', () => {
    const body = buildVisitPayload({ visitedAt: dayjs('2026-05-10T09:30:00'), findings: 'x' });
    expect(body).toMatchObject({ mode: 'HOME', met: '', risk: 'NONE' });
  });

  it('starts the picker at now in Shanghai', () => {
    const now = new Date('2026-05-10T20:15:00Z'); // 04:15 the next day in Shanghai
    expect(shanghaiNow(now).format('YYYY-MM-DD HH:mm')).toBe('2026-05-11 04:15');
    expect(Date.parse(wallClockToInstant(shanghaiNow(now)))).toBe(now.getTime());
  });
});

describe('grading', () => {
  it('requires a reason only when the level differs from the proposal', () => {
    expect(gradingReasonRequired(3, 3)).toBe(false);
    expect(gradingReasonRequired(2, 3)).toBe(true);
    expect(gradingReasonRequired(0, 1)).toBe(true);
    expect(gradingReasonRequired(undefined, 3)).toBe(false);
    expect(gradingReasonRequired(1, null)).toBe(true);
    expect(gradingReasonProblem(2, 3, '  ')).toBe('required');
    expect(gradingReasonProblem(2, 3, '有子女就近照料')).toBeNull();
    expect(gradingReasonProblem(3, 3, '')).toBeNull();
  });

  it('builds the body with the meeting day', () => {
    expect(buildGradingPayload({ level: 3, reason: ' ', meetingOn: dayjs('2026-05-08') })).toEqual({ level: 3, meetingOn: '2026-05-08' });
    expect(buildGradingPayload({ level: 0, reason: ' 不符合 ', meetingOn: dayjs('2026-05-08') })).toEqual({
      level: 0,
      reason: '不符合',
      meetingOn: '2026-05-08',
    });
  });
});

describe('emergencies and the roster query', () => {
  it('leave optional parts out', () => {
    expect(buildEmergencyPayload({ orgCode: ' 360199002 ', reason: ' 台风 ', startsOn: dayjs('2026-07-01'), endsOn: null, intervalDays: null })).toEqual({
      orgCode: '360199002',
      reason: '台风',
      startsOn: '2026-07-01',
    });
    expect(buildEmergencyPayload({ orgCode: '360199', reason: '寒潮', startsOn: dayjs('2026-01-10'), endsOn: dayjs('2026-01-20'), intervalDays: 1 })).toEqual({
      orgCode: '360199',
      reason: '寒潮',
      startsOn: '2026-01-10',
      endsOn: '2026-01-20',
      intervalDays: 1,
    });
  });

  it('builds the roster query string', () => {
    expect(rosterQuery({ page: 0, size: 20 })).toBe('page=0&size=20');
    expect(rosterQuery({ villageCode: '360199002002', level: 0, visitStatus: 'OVERDUE', mine: true, text: ' 张 ', page: 1, size: 20 })).toBe(
      'villageCode=360199002002&level=0&visitStatus=OVERDUE&mine=true&text=%E5%BC%A0&page=1&size=20',
    );
  });

  it('know the user’s villages and areas', () => {
    expect(villageMode(officer)).toBe('fixed');
    expect(villageMode(clerk)).toBe('pick');
    expect(villageMode({ orgLevel: 'DISTRICT' })).toBe('none');
    expect(inScope('360199002003', clerk)).toBe(true);
    expect(inScope('360199001003', clerk)).toBe(false);
    const villages = villagesFromRows([
      { villageCode: '360199002002', villageName: '渔港村' },
      { villageCode: '360199001001', villageName: '南门社区' },
      { villageCode: '360199002002', villageName: '渔港村' },
    ]);
    expect(villages).toEqual([
      { code: '360199001001', name: '南门社区' },
      { code: '360199002002', name: '渔港村' },
    ]);
    expect(areaOptions({ orgCode: '360199', orgName: '青山区' }, [{ orgCode: '360199002', orgName: '东湖街道' }], villages).map((o) => o.code)).toEqual([
      '360199',
      '360199001001',
      '360199002',
      '360199002002',
    ]);
  });
});
