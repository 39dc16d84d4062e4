import { describe, expect, it } from 'vitest';
import type { NoticeEntry } from '../types';
import { commonPeriod, committeeKind, issueDate, sortEntries, toNoticeRows, type RowLabels } from './notice-sheet';

const entry = (over: Partial<NoticeEntry> = {}): NoticeEntry => ({
  noticeId: 1,
  serviceNo: 12,
  name: '渔港测试',
  gender: 'FEMALE',
  villageName: '渔港村',
  category: 'CATEGORY_4',
  services: ['供餐送餐', '陪同就医'],
  status: 'PUBLISHED',
  phase: 'IN_PERIOD',
  startsOn: '2026-03-01',
  endsOn: '2026-03-07',
  periodEndedAt: null,
  ...over,
});

const labels: RowLabels = {
  none: '—',
  gender: (g) => (g === 'MALE' ? '男' : '女'),
  category: (n) => `第${n}类`,
  join: '、',
};

describe('notice sheet', () => {
  it('prints only service number, name, gender, category and services', () => {
    const leaky = { ...entry(), idNumber: '36019919560229003X', address: '渔港村二组6号', phone: '13907912345' } as NoticeEntry;
    const [row] = toNoticeRows([leaky], labels);
    expect(row).toEqual({
      key: 1,
      serviceNo: '12',
      name: '渔港测试',
      gender: '女',
      category: '第4类',
      services: '供餐送餐、陪同就医',
      period: { status: 'PUBLISHED', startsOn: '2026-03-01', endsOn: '2026-03-07' },
    });
    const printed = JSON.stringify(row);
    for (const secret of ['36019919560229003X', '19560229', '二组6号', '13907912345']) expect(printed).not.toContain(secret);
  });

  it('shows placeholders for what is missing', () => {
    const [row] = toNoticeRows([entry({ serviceNo: null, category: null, services: [] })], labels);
    expect([row.serviceNo, row.category, row.services]).toEqual(['—', '—', '—']);
  });

  it('finds the period all entries share', () => {
    expect(commonPeriod([entry(), entry({ noticeId: 2 })])).toEqual({ status: 'PUBLISHED', startsOn: '2026-03-01', endsOn: '2026-03-07' });
    expect(commonPeriod([entry(), entry({ noticeId: 2, startsOn: '2026-03-02' })])).toBeNull();
    expect(commonPeriod([])).toBeNull();
  });

  it('dates the notice from its start, or today', () => {
    expect(issueDate([entry()], '2026-06-01')).toBe('2026-03-01');
    expect(issueDate([entry({ status: 'LONG_TERM' })], '2026-06-01')).toBe('2026-06-01');
    expect(issueDate([entry(), entry({ startsOn: '2026-03-05' })], '2026-06-01')).toBe('2026-06-01');
  });

  it('names the issuing committee by the kind of village', () => {
    expect(committeeKind('渔港村')).toBe('village');
    expect(committeeKind('南门社区')).toBe('community');
    expect(committeeKind('某某居委')).toBe('other');
    expect(committeeKind(null)).toBe('other');
  });

  it('orders by service number', () => {
    const sorted = sortEntries([entry({ noticeId: 1, serviceNo: null }), entry({ noticeId: 2, serviceNo: 3 }), entry({ noticeId: 3, serviceNo: 1 })]);
    expect(sorted.map((e) => e.noticeId)).toEqual([3, 2, 1]);
  });
});
