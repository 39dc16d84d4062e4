import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithApp, streetClerk } from '@/features/cases/test-utils';
import { noticeKeys } from '../api/notices';
import type { NoticeBoard } from '../types';
import { NoticeBoardPage } from './NoticeBoardPage';
import { NoticeBoardPrintPage, NoticePrintPage } from './NoticePrintPages';

vi.setConfig({ testTimeout: 30_000 });

const village = '360199002002';
const board: NoticeBoard = {
  villageCode: village,
  villageName: '渔港村',
  streetName: '东湖街道',
  entries: [
    {
      noticeId: 11,
      serviceNo: 2,
      name: '渔港测试',
      gender: 'FEMALE',
      villageName: '渔港村',
      category: 'CATEGORY_4',
      services: ['供餐送餐', '陪同就医'],
      status: 'LONG_TERM',
      phase: 'LONG_TERM',
      startsOn: '2026-03-03',
      endsOn: '2026-03-09',
      periodEndedAt: '2026-03-09T16:00:00Z',
    },
    {
      noticeId: 12,
      serviceNo: 1,
      name: '李四',
      gender: 'MALE',
      villageName: '渔港村',
      category: 'CATEGORY_1',
      services: ['居家照料'],
      status: 'PUBLISHED',
      phase: 'UNDER_REVIEW',
      startsOn: '2026-04-01',
      endsOn: '2026-04-07',
      periodEndedAt: null,
    },
  ],
};

describe('NoticeBoardPage', () => {
  it("shows a village officer's own board with a print link per entry", () => {
    renderWithApp(<NoticeBoardPage />, { path: '/notices', data: [[noticeKeys.board(village), board]] });
    const rows = screen.getAllByTestId('notice-entry');
    expect(rows).toHaveLength(2);
    expect(screen.getByTestId('notice-board').textContent).toContain('渔港测试');
    const links = screen.getAllByTestId('notice-entry-print').map((a) => a.getAttribute('href'));
    expect(links).toContain(`/notices/11/print?villageCode=${village}`);
    expect(screen.queryByTestId('notice-village-code')).toBeNull();
  });

  it('says what the case page says about each period: 异议复核中 while a review is open, 长期公示 after', () => {
    renderWithApp(<NoticeBoardPage />, { path: '/notices', data: [[noticeKeys.board(village), board]] });
    const phases = screen.getAllByTestId('notice-entry-phase').map((tag) => tag.textContent);
    expect(phases).toContain('异议复核中');
    expect(phases).toContain('长期公示');
    expect(phases).not.toContain('公示期满');
  });

  it('asks a street clerk for the village first', () => {
    renderWithApp(<NoticeBoardPage />, { user: streetClerk, path: '/notices' });
    expect(screen.getByTestId('notice-village-code')).toBeTruthy();
    expect(screen.queryByTestId('notice-board')).toBeNull();
  });
});

describe('notice prints', () => {
  it('prints the board: heading, place, table, objection line, issuer; no ID or address', () => {
    renderWithApp(<NoticeBoardPrintPage />, {
      user: streetClerk,
      path: `/notices/print?villageCode=${village}`,
      data: [[noticeKeys.board(village), board]],
    });
    const sheet = screen.getByTestId('notice-print');
    const text = sheet.textContent ?? '';
    expect(text).toContain('服务类社会救助对象公示');
    expect(text).toContain('东湖街道');
    expect(text).toContain('渔港测试');
    expect(text).toContain('供餐送餐、陪同就医');
    expect(text).toContain('支出型贫困家庭中的重病患者、特殊慢性病患者');
    expect(text).toContain('公示期间如有异议，请向村（居）委会或街道（镇）反映。');
    expect(text).toContain('渔港村村民委员会');
    // Different periods: one per line, ordered by service number.
    expect(screen.getAllByTestId('notice-print-row').map((r) => r.textContent?.slice(0, 1))).toEqual(['1', '2']);
    expect(text).toContain('2026年4月1日 至 2026年4月7日');
    expect(document.body.classList.contains('sa-print-mode')).toBe(true);
  });

  it('prints one notice with its period under the table', () => {
    renderWithApp(<NoticePrintPage />, {
      path: `/notices/12/print?villageCode=${village}`,
      route: '/notices/:noticeId/print',
      data: [
        [noticeKeys.entry('12'), board.entries[1]],
        [noticeKeys.board(village), board],
      ],
    });
    expect(screen.getAllByTestId('notice-print-row')).toHaveLength(1);
    expect(screen.getByTestId('notice-period').textContent).toBe('公示期：2026年4月1日 至 2026年4月7日');
    expect(screen.getByTestId('notice-print').textContent).toContain('街道（镇）：东湖街道');
  });
});
