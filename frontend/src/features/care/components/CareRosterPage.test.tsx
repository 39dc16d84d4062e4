import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { cadre, enrolmentNo, phoneWidth, renderWithApp, rosterRow, stubApi, villageOfficer } from '../test-utils';
import { CareRosterPage, readMine } from './CareRosterPage';

vi.setConfig({ testTimeout: 30_000 });

const page = {
  items: [
    rosterRow(),
    rosterRow({
      enrolmentNo: 'GA-2026-000008',
      personName: '柳岸少年',
      level: 1,
      visitStatus: 'DONE',
      warning: null,
      emergency: true,
    }),
  ],
  total: 2,
  page: 0,
  size: 20,
};

describe('CareRosterPage', () => {
  it('opens on 我负责的 for a care cadre and shows status colours and warnings', async () => {
    const calls = stubApi((call) => (call.url.startsWith('/api/care/enrolments?') ? { status: 200, body: page } : undefined));
    renderWithApp(<CareRosterPage />, { user: cadre, path: '/care' });
    const row = await screen.findByTestId(`care-row-${enrolmentNo}`);
    expect(calls[0].url).toBe('/api/care/enrolments?mine=true&page=0&size=20');
    expect(row.tagName).toBe('TR');
    expect(row.textContent).toContain('360199********003X');
    expect(row.textContent).toContain('三级');
    const status = screen.getByTestId(`care-visit-status-${enrolmentNo}`);
    expect(status.textContent).toBe('已逾期');
    expect(status.className).toContain('red');
    expect(screen.getByTestId(`care-warning-${enrolmentNo}`).textContent).toBe('走访超期预警（已升级至街道(镇)）');
    expect(screen.getByTestId('care-visit-status-GA-2026-000008').textContent).toBe('今日已访');
    expect(screen.getByTestId('care-visit-status-GA-2026-000008').className).toContain('green');
    expect(screen.queryByTestId('care-warning-GA-2026-000008')).toBeNull();
    expect(screen.getByTestId('care-export').getAttribute('href')).toBe('/api/care/roster.xlsx');
    // A cadre does not enrol or import.
    expect(screen.queryByTestId('care-enrol-link')).toBeNull();
    expect(screen.queryByTestId('care-import-link')).toBeNull();
    expect(readMine(null, true)).toBe(true);
    expect(readMine('0', true)).toBe(false);
    expect(readMine(null, false)).toBe(false);
  });

  it('marks a person whose last visit was entered late (补录) with the reason, in the table and on a phone', async () => {
    const late = {
      ...page,
      items: [rosterRow({ lastVisitLateEntry: true, lastVisitLateReason: '村道塌方，返回后补录' }), page.items[1]],
    };
    stubApi((call) => (call.url.startsWith('/api/care/enrolments?') ? { status: 200, body: late } : undefined));
    const { unmount } = renderWithApp(<CareRosterPage />, { user: cadre, path: '/care' });
    const mark = await screen.findByTestId(`care-late-${enrolmentNo}`);
    expect(mark.textContent).toContain('补录');
    expect(mark.textContent).toContain('村道塌方，返回后补录');
    expect(mark.querySelector('[title]')?.getAttribute('title')).toBe('补录原因：村道塌方，返回后补录');
    expect(screen.queryByTestId('care-late-GA-2026-000008')).toBeNull();
    unmount();

    phoneWidth();
    renderWithApp(<CareRosterPage />, { user: cadre, path: '/care' });
    const card = await screen.findByTestId(`care-row-${enrolmentNo}`);
    expect(card.tagName).toBe('A');
    expect(within(card).getByTestId(`care-late-${enrolmentNo}`).textContent).toContain('村道塌方，返回后补录');
  });

  it('shows cards on a phone, with the village officer’s buttons, and never a full ID number', async () => {
    phoneWidth();
    const unmasked = { ...page, items: [...page.items, rosterRow({ enrolmentNo: 'GA-2026-000011', maskedIdNumber: '360199195602290044' })] };
    const calls = stubApi((call) => (call.url.startsWith('/api/care/enrolments?') ? { status: 200, body: unmasked } : undefined));
    renderWithApp(<CareRosterPage />, { user: villageOfficer, path: '/care' });
    const card = await screen.findByTestId(`care-row-${enrolmentNo}`);
    expect(card.tagName).toBe('A');
    expect(card.getAttribute('href')).toBe(`/care/${enrolmentNo}`);
    expect(within(card).getByTestId(`care-visit-status-${enrolmentNo}`).textContent).toBe('已逾期');
    expect(within(card).getByTestId(`care-warning-${enrolmentNo}`)).toBeTruthy();
    expect(document.querySelector('table')).toBeNull();
    expect(calls[0].url).toBe('/api/care/enrolments?page=0&size=20');
    expect(screen.getByTestId('care-enrol-link')).toBeTruthy();
    expect(screen.getByTestId('care-import-link')).toBeTruthy();
    expect(screen.getByTestId('care-row-GA-2026-000011').textContent).toContain('360199********0044');
    expect(document.body.textContent).not.toContain('19560229');
  });
});
