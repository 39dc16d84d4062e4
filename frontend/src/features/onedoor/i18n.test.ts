import { describe, expect, it } from 'vitest';
import { onedoorEn, onedoorZh } from './i18n';
import { NEED_TYPES, ROUTE_TYPES } from './types';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('one-door strings', () => {
  it('has the same keys in Chinese and English', () => {
    expect(keys(onedoorEn).sort()).toEqual(keys(onedoorZh).sort());
  });

  it('names every need type and route type', () => {
    expect(Object.keys(onedoorZh.needType)).toEqual([...NEED_TYPES]);
    expect(Object.keys(onedoorZh.routeType)).toEqual([...ROUTE_TYPES]);
  });
});
