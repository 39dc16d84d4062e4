import { describe, expect, it } from 'vitest';
import {
  buildActivityPayload,
  buildAssessmentPayload,
  buildOutcomePayload,
  buildReviewPayload,
  IncompleteFormError,
  isRecipientCategory,
  isReviewDecision,
} from './payload';

const complete = {
  recipientCategory: 3,
  alreadyRecognised: false,
  selfCare: 'PARTIAL',
  carerSituation: 'CARER_UNABLE',
  livingSituation: '  独居，住房为自建房。 ',
  needsNote: '需要助餐、助浴。',
  itemCodes: ['DC01', 'HC02', 'DC01'],
};

describe('buildAssessmentPayload', () => {
  it('builds the body the server expects', () => {
    expect(buildAssessmentPayload(complete)).toEqual({
      recipientCategory: 3,
      alreadyRecognised: false,
      selfCare: 'PARTIAL',
      carerSituation: 'CARER_UNABLE',
      livingSituation: '独居，住房为自建房。',
      needsNote: '需要助餐、助浴。',
      itemCodes: ['DC01', 'HC02'],
    });
  });

  it('leaves blank optional texts out', () => {
    const body = buildAssessmentPayload({ ...complete, livingSituation: '  ', needsNote: undefined });
    expect(body).not.toHaveProperty('livingSituation');
    expect(body).not.toHaveProperty('needsNote');
    expect(Object.keys(body).sort()).toEqual(['alreadyRecognised', 'carerSituation', 'itemCodes', 'recipientCategory', 'selfCare']);
  });

  it('keeps "already recognised: yes" as true and reads a category given as text', () => {
    const body = buildAssessmentPayload({ ...complete, alreadyRecognised: true, recipientCategory: '6' as unknown as number });
    expect(body.alreadyRecognised).toBe(true);
    expect(body.recipientCategory).toBe(6);
  });

  it('refuses values the form should not have let through', () => {
    expect(() => buildAssessmentPayload({ ...complete, recipientCategory: 7 })).toThrow(IncompleteFormError);
    expect(() => buildAssessmentPayload({ ...complete, recipientCategory: undefined })).toThrow(/recipientCategory/);
    expect(() => buildAssessmentPayload({ ...complete, alreadyRecognised: undefined })).toThrow(/alreadyRecognised/);
    expect(() => buildAssessmentPayload({ ...complete, selfCare: 'SOME' })).toThrow(/selfCare/);
    expect(() => buildAssessmentPayload({ ...complete, carerSituation: undefined })).toThrow(/carerSituation/);
    expect(() => buildAssessmentPayload({ ...complete, itemCodes: [] })).toThrow(/itemCodes/);
  });
});

describe('buildReviewPayload', () => {
  it('sends item codes only when changing', () => {
    expect(buildReviewPayload({ decision: 'CONFIRM', itemCodes: ['DC01'], reason: ' 情况未变 ' })).toEqual({
      decision: 'CONFIRM',
      reason: '情况未变',
    });
    expect(buildReviewPayload({ decision: 'STOP', itemCodes: ['DC01'], reason: '已迁出本辖区' })).toEqual({
      decision: 'STOP',
      reason: '已迁出本辖区',
    });
    expect(buildReviewPayload({ decision: 'CHANGE', itemCodes: ['DC01', 'SP01', 'DC01'], reason: '增加帮扶' })).toEqual({
      decision: 'CHANGE',
      itemCodes: ['DC01', 'SP01'],
      reason: '增加帮扶',
    });
  });

  it('requires a decision, a reason, and items for a change', () => {
    expect(() => buildReviewPayload({ reason: 'x' })).toThrow(/decision/);
    expect(() => buildReviewPayload({ decision: 'KEEP', reason: 'x' })).toThrow(/decision/);
    expect(() => buildReviewPayload({ decision: 'CONFIRM', reason: '  ' })).toThrow(/reason/);
    expect(() => buildReviewPayload({ decision: 'CHANGE', itemCodes: [], reason: 'x' })).toThrow(/itemCodes/);
  });
});

describe('activity and outcome', () => {
  it('trims the text', () => {
    expect(buildActivityPayload(' 上门助浴一次 ')).toEqual({ content: '上门助浴一次' });
    expect(buildOutcomePayload('\n服务完成\n')).toEqual({ outcome: '服务完成' });
  });

  it('refuses blank text', () => {
    expect(() => buildActivityPayload('  ')).toThrow(IncompleteFormError);
    expect(() => buildOutcomePayload(undefined)).toThrow(IncompleteFormError);
  });
});

describe('guards', () => {
  it('know the categories and decisions', () => {
    expect([0, 1, 6, 7, '1'].map(isRecipientCategory)).toEqual([false, true, true, false, false]);
    expect(['CONFIRM', 'CHANGE', 'STOP', 'confirm'].map(isReviewDecision)).toEqual([true, true, true, false]);
  });
});
