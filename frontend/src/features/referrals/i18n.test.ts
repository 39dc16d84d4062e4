import { describe, expect, it } from 'vitest';
import { referralsEn, referralsZh } from './i18n';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('referral strings', () => {
  it('has the same keys in Chinese and English', () => {
    expect(keys(referralsEn).sort()).toEqual(keys(referralsZh).sort());
  });

  it('names the charity items of seed 002', () => {
    expect(Object.keys(referralsZh.content)).toEqual(['VISIT', 'LOW_PRICE_GOODS', 'CLOTHING', 'CHARITY_PROJECT_APPLICATION', 'VOLUNTEER_SERVICE']);
  });
});
