import { describe, expect, it } from 'vitest';
import { servicesEn, servicesZh } from './i18n';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('services strings', () => {
  it('has the same keys in Chinese and English, none empty', () => {
    expect(keys(servicesEn).sort()).toEqual(keys(servicesZh).sort());
    for (const k of keys(servicesEn)) {
      const value = k.split('.').reduce<unknown>((o, part) => (o as Record<string, unknown>)[part], servicesEn);
      expect(value, k).not.toBe('');
    }
  });

  it('names every order, delivery and statement status', () => {
    expect(Object.keys(servicesZh.orderStatus)).toEqual(['OFFERED', 'UNASSIGNED', 'ACCEPTED', 'STOPPED', 'EXPIRED']);
    expect(servicesZh.statementStatus.APPROVED).toBe('已审核');
    expect(servicesZh.deliveryStatus.CONFIRMED).toBe('已确认');
  });
});
