import { describe, expect, it } from 'vitest';
import { currentItemCodes, diffItems, groupCatalogue, itemNames, latestOfType, reviewTrigger } from './case-data';

const item = (code: string, category: string) => ({ code, name: `名称${code}`, category });

describe('groupCatalogue', () => {
  it('groups by category in the fixed order, unknown ones last, empty ones left out', () => {
    const groups = groupCatalogue([item('S1', 'SUPPORT'), item('X1', 'NEW'), item('D1', 'DAILY_CARE'), item('D2', 'DAILY_CARE'), item('H1', 'HEALTH')]);
    expect(groups.map((g) => [g.category, g.items.map((i) => i.code)])).toEqual([
      ['DAILY_CARE', ['D1', 'D2']],
      ['HEALTH', ['H1']],
      ['SUPPORT', ['S1']],
      ['NEW', ['X1']],
    ]);
  });

  it('puts items without a category under OTHER', () => {
    expect(groupCatalogue([item('Z', '')])).toEqual([{ category: 'OTHER', items: [item('Z', '')] }]);
  });
});

describe('current items', () => {
  const grants = [
    { itemCode: 'D1', itemName: '助餐', status: 'ACTIVE' },
    { itemCode: 'H1', itemName: '护理', status: 'STOPPED' },
    { itemCode: 'S1', itemName: '帮扶', status: 'GRANTED' },
    { itemCode: 'D1', itemName: '助餐', status: 'GRANTED' },
  ];

  it('are the grants not stopped, once each', () => {
    expect(currentItemCodes(grants)).toEqual(['D1', 'S1']);
  });

  it('diff into added and removed', () => {
    expect(diffItems(['D1', 'S1'], ['S1', 'H2'])).toEqual({ added: ['H2'], removed: ['D1'] });
    expect(diffItems(['D1'], ['D1'])).toEqual({ added: [], removed: [] });
  });

  it('are named from the catalogue, then the grants, else by code', () => {
    expect(itemNames(['D1', 'H1', 'Q9'], [{ code: 'D1', name: '助餐服务', category: 'DAILY_CARE' }], grants)).toEqual([
      '助餐服务',
      '护理',
      'Q9',
    ]);
  });
});

describe('reviewTrigger', () => {
  const entry = (at: string, type: string, detail = type) => ({ at, actor: 'clerk', type, detail });

  it('is the latest status change', () => {
    const timeline = [
      entry('2026-01-01T00:00:00Z', 'STATUS_CHANGED', '救助身份变化：退出低保'),
      entry('2026-03-01T00:00:00Z', 'STATUS_CHANGED', '救助身份变化：迁出本辖区'),
      entry('2026-02-01T00:00:00Z', 'SERVICE_ACTIVITY'),
    ];
    expect(reviewTrigger(timeline)?.detail).toBe('救助身份变化：迁出本辖区');
  });

  it('is none when a review has been done since the last status change', () => {
    const timeline = [entry('2026-03-01T00:00:00Z', 'REVIEWED'), entry('2026-01-01T00:00:00Z', 'STATUS_CHANGED')];
    expect(reviewTrigger(timeline)).toBeNull();
    expect(reviewTrigger([])).toBeNull();
  });

  it('reads the timeline in time order whatever order it came in', () => {
    const timeline = [entry('2026-04-01T00:00:00Z', 'STATUS_CHANGED', 'new'), entry('2026-03-01T00:00:00Z', 'REVIEWED')];
    expect(reviewTrigger(timeline)?.detail).toBe('new');
  });
});

describe('latestOfType', () => {
  it('gives the newest entries of the types first, up to the limit', () => {
    const timeline = [
      { at: '2026-01-01T00:00:00Z', actor: 'a', type: 'SERVICE_ACTIVITY', detail: '1' },
      { at: '2026-01-03T00:00:00Z', actor: 'a', type: 'SERVICE_ACTIVITY', detail: '3' },
      { at: '2026-01-02T00:00:00Z', actor: 'a', type: 'SERVICE_STARTED', detail: 'x' },
      { at: '2026-01-02T00:00:00Z', actor: 'a', type: 'SERVICE_ACTIVITY', detail: '2' },
    ];
    expect(latestOfType(timeline, ['SERVICE_ACTIVITY'], 2).map((e) => e.detail)).toEqual(['3', '2']);
  });
});
