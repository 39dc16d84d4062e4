import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import i18n from '@/i18n';
import type { CurrentUser } from '@/lib/auth/types';
import { DueTag } from '@/components/DueTag';
import { renderInApp } from '@/test/render-with-app';
import { stubApi } from '@/test/stub-api';
import { CalendarBanner } from './components/CalendarBanner';
import { CaseDeadlines } from '@/components/CaseDeadlines';
import { calendarEn, calendarZh } from './i18n';

const now = new Date('2026-12-29T03:00:00Z');
const user = (...roles: string[]): CurrentUser => ({
  username: 'u',
  email: null,
  displayName: 'U',
  roles,
  orgCode: '360199',
  orgName: '青山区',
  orgLevel: 'DISTRICT',
});

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

afterEach(async () => {
  vi.unstubAllGlobals();
  await i18n.changeLanguage('zh');
});

describe('provisional deadlines', () => {
  it('mark a due date whose year has no holidays loaded, short in lists and in full on the detail', async () => {
    await i18n.changeLanguage('zh');
    const { rerender } = render(<DueTag due="2027-01-05T15:59:59Z" now={now} provisionalYear={2027} />);
    expect(screen.getByTestId('due-tag').textContent).toBe('2027-01-05 23:59');
    expect(screen.getByTestId('due-provisional').textContent).toBe('暂定');
    expect(screen.getByTestId('due-provisional').title).toContain('2027年的法定节假日安排尚未导入');
    rerender(<DueTag due="2027-01-05T15:59:59Z" now={now} provisionalYear={2027} fullMark />);
    expect(screen.getByTestId('due-provisional').textContent).toBe('暂定：2027年节假日安排未导入');
    await i18n.changeLanguage('en');
    rerender(<DueTag due="2027-01-05T15:59:59Z" now={now} provisionalYear={2027} fullMark />);
    expect(screen.getByTestId('due-provisional').textContent).toBe('Provisional: 2027 public holidays not imported');
  });

  it('leave a final due date alone', () => {
    render(<DueTag due="2026-12-28T15:59:59Z" now={now} provisionalYear={null} />);
    expect(screen.queryByTestId('due-provisional')).toBeNull();
    expect(screen.getByTestId('due-tag')).toBeTruthy();
  });

  it('show on the case with the deadline spelled out', async () => {
    await i18n.changeLanguage('zh');
    render(
      <CaseDeadlines
        deadlines={[
          { taskName: '核实线索', due: '2027-01-05T15:59:59Z', dueProvisionalYear: 2027 },
          { taskName: '入户调查与需求评估', due: '2026-12-30T15:59:59Z', dueProvisionalYear: null },
        ]}
      />,
    );
    const box = screen.getByTestId('case-deadlines');
    expect(box.textContent).toContain('核实线索截止 2027-01-05 23:59暂定：2027年节假日安排未导入');
    expect(screen.getAllByTestId('due-provisional')).toHaveLength(1);
  });

  it('have the same keys and variables in Chinese and English', () => {
    expect(keys(calendarEn).sort()).toEqual(keys(calendarZh).sort());
    const vars = (s: string) => [...s.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
    for (const key of keys(calendarZh)) {
      const k = key as keyof typeof calendarZh;
      expect(vars(calendarEn[k]), key).toEqual(vars(calendarZh[k]));
    }
  });
});

describe('CalendarBanner', () => {
  it('asks a district manager to import the missing year', async () => {
    await i18n.changeLanguage('zh');
    stubApi((c) => (c.url === '/api/calendar/years' ? { status: 200, body: { years: [], lastLoadedYear: 2026, missingYear: 2027 } } : undefined));
    renderInApp(<CalendarBanner />, { user: user('DISTRICT_MANAGER') });
    expect((await screen.findByTestId('calendar-banner')).textContent).toContain('2027年的法定节假日安排尚未导入');
  });

  it('asks nothing of a village officer (and does not call the server)', () => {
    const calls = stubApi();
    renderInApp(<CalendarBanner />, { user: user('VILLAGE_OFFICER') });
    expect(screen.queryByTestId('calendar-banner')).toBeNull();
    expect(calls).toHaveLength(0);
  });
});
