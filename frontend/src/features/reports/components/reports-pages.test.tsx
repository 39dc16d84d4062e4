import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { setLanguage } from '@/i18n';
import type { CurrentUser } from '@/lib/auth/types';
import { renderInApp } from '@/test/render-with-app';
import { stubApi } from '@/test/stub-api';
import { streetClerk } from '@/test/users';
import type { KpiFigures, KpiReport, ReportView } from '../types';
import { KpiPage } from './KpiPage';
import { ReportsPage } from './ReportsPage';

vi.setConfig({ testTimeout: 60_000 });

const manager: CurrentUser = { username: 'manager', displayName: '林红', roles: ['DISTRICT_MANAGER'], orgCode: '360199', orgName: '青山区', orgLevel: 'DISTRICT', email: null };

const figures = (over: Partial<KpiFigures> = {}): KpiFigures => ({
  leads: 10, leadsWithCard: 4, cardPercent: 40, medianDaysToCard: 12.5,
  gradedPeople: 20, visitedWithinInterval: 18, visitCompliancePercent: 90,
  warningsRaised: 3, warningsEscalated: 1,
  deliveriesByPin: 30, deliveriesByOfficer: 10, pinPercent: 75,
  spotChecks: 5, spotChecksFailed: 1, spotCheckFailurePercent: 20,
  standardMonths: 12, standardMonthsMet: 9, standardPercent: 75,
  statementsApproved: 2, medianDaysToApproval: 6,
  referrals: 4, referralsStarted: 2, medianDaysToFirstActivity: null,
  ...over,
});

const report: KpiReport = {
  from: '2026-12-01',
  to: '2026-12-31',
  scopeCode: '360199',
  scopeName: '青山区',
  total: figures(),
  streets: [{ code: '360199002', name: '东湖街道', figures: figures(), villages: [{ code: '360199002003', name: '柳岸村', figures: figures() }] }],
  providers: [{ providerCode: 'P001', providerName: '安康居家养老服务中心', deliveriesByPin: 30, deliveriesByOfficer: 10, pinPercent: 75, amount: 1234.5, spotChecks: 5, spotChecksFailed: 1, spotCheckFailurePercent: 20, statementsApproved: 2, medianDaysToApproval: 6 }],
};

const stored: ReportView = { id: 7, kind: 'PROGRESS', origin: 'SCHEDULED', orgCode: '360199', from: '2026-09-01', to: '2026-11-30', fileName: 'progress.xlsx', sizeBytes: 4096, createdAt: '2026-12-05T01:00:00Z', createdBy: 'system' };

afterEach(async () => {
  await setLanguage('zh');
});

describe('KpiPage', () => {
  it('shows a manager the streets by name with shares and days, and a street select', async () => {
    const calls = stubApi((c) => (c.url.startsWith('/api/reports/kpis') ? { status: 200, body: report } : undefined));
    renderInApp(<KpiPage />, { user: manager, path: '/reports/kpis' });
    expect((await screen.findAllByText('东湖街道')).length).toBeGreaterThan(0);
    expect(screen.getByTestId('kpi-street')).toBeTruthy();
    expect(screen.getByText('安康居家养老服务中心')).toBeTruthy();
    expect(screen.getAllByText('4 / 10 (40.0%)').length).toBeGreaterThan(0);
    expect(screen.getAllByText('12.5 天').length).toBeGreaterThan(0);
    expect(document.body.textContent).not.toContain('360199002');
    expect(document.body.textContent).not.toContain('P001');
    expect(calls[0]!.url).toMatch(/^\/api\/reports\/kpis\?from=\d{4}-\d{2}-01&to=\d{4}-\d{2}-\d{2}$/);
  });

  it('takes its period and street from the URL, so a reload keeps them', async () => {
    const calls = stubApi((c) => (c.url.startsWith('/api/reports/kpis') ? { status: 200, body: report } : undefined));
    renderInApp(<KpiPage />, { user: manager, path: '/reports/kpis?from=2026-06-01&to=2026-08-31&street=360199002' });
    expect((await screen.findAllByText('东湖街道')).length).toBeGreaterThan(0);
    await waitFor(() =>
      expect(calls.map((c) => c.url)).toContain('/api/reports/kpis?from=2026-06-01&to=2026-08-31&street=360199002'),
    );
  });

  it('gives a street clerk no street select, and switches to English', async () => {
    stubApi((c) => (c.url.startsWith('/api/reports/kpis') ? { status: 200, body: { ...report, scopeName: '东湖街道' } } : undefined));
    renderInApp(<KpiPage />, { user: streetClerk, path: '/reports/kpis' });
    expect((await screen.findAllByText('东湖街道')).length).toBeGreaterThan(0);
    expect(screen.queryByTestId('kpi-street')).toBeNull();
    await setLanguage('en');
    expect(await screen.findByText('Key figures')).toBeTruthy();
    expect(document.body.textContent).not.toContain('：');
  });
});

describe('ReportsPage', () => {
  it('lists stored reports and produces one after confirmation', async () => {
    const calls = stubApi((c) => {
      if (c.url === '/api/reports' && c.method === 'GET') return { status: 200, body: [stored] };
      if (c.url === '/api/reports' && c.method === 'POST') return { status: 201, body: { ...stored, id: 8, origin: 'ON_DEMAND' } };
      return undefined;
    });
    renderInApp(<ReportsPage />, { user: manager, path: '/reports' });
    expect(await screen.findByText('定时生成')).toBeTruthy();
    expect(screen.getByTestId('report-download').getAttribute('href')).toBe('/api/reports/7/file');
    expect(document.body.textContent).not.toContain('system');
    fireEvent.click(screen.getByTestId('report-produce'));
    fireEvent.click(await screen.findByTestId('report-confirm'));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.body).toMatchObject({ kind: 'PROGRESS' });
    expect((post.body as { from: string }).from).toMatch(/^\d{4}-(01|04|07|10)-01$/);
  });
});
