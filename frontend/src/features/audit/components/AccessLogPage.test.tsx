import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import i18n, { setLanguage } from '@/i18n';
import type { CurrentUser } from '@/lib/auth/types';
import { renderInApp } from '@/test/render-with-app';
import { stubApi } from '@/test/stub-api';
import { auditEn, auditZh } from '../i18n';
import type { AccessLogEntry, AccessLogPage as Page } from '../types';
import { AccessLogPage } from './AccessLogPage';

vi.setConfig({ testTimeout: 30_000 });

const admin: CurrentUser = { username: 'admin', displayName: '系统管理员', email: null, roles: ['ADMIN'], orgCode: '360199', orgName: '青山区', orgLevel: 'DISTRICT' };
const manager: CurrentUser = { ...admin, username: 'manager', displayName: '林红', roles: ['DISTRICT_MANAGER'] };

const entry = (id: number, over: Partial<AccessLogEntry> = {}): AccessLogEntry => ({
  id,
  // 2026-11-30 17:05 UTC is 2026-12-01 01:05 in Shanghai.
  occurredAt: '2026-11-30T17:05:00Z',
  username: 'vo001001',
  userName: '王丽',
  action: 'CASE_VIEW',
  resource: 'SA-2026-000001',
  personName: '王秀珍',
  personIdNumber: '360199********0021',
  scopeName: null,
  itemCount: null,
  clientIp: '10.1.2.3',
  userAgent: 'Mozilla/5.0',
  ...over,
});

const page = (items: AccessLogEntry[], total = items.length): Page => ({ items, total, page: 0, size: 20 });

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

afterEach(async () => {
  vi.unstubAllGlobals();
  await setLanguage('zh');
});

describe('access log page', () => {
  it('shows who (display name), when (Shanghai), what and whose, and searches only on submit', async () => {
    const calls = stubApi((c) =>
      c.url.startsWith('/api/audit/access-log')
        ? {
            status: 200,
            body: c.url.includes('idNumber=')
              ? page([entry(2, { action: 'DOCUMENT_DOWNLOAD', resource: 'SA-2026-000001/7', userName: '赵文', username: 'street001' })])
              : page([entry(1), entry(3, { action: 'ROSTER_EXPORT', resource: 'roster.xlsx', scopeName: '南门社区', itemCount: 12, userName: '邓志', username: 'cadre1' })]),
          }
        : undefined,
    );
    renderInApp(<AccessLogPage />, { user: admin });

    expect(await screen.findByText('王丽')).toBeTruthy();
    expect(screen.queryByText('vo001001')).toBeNull();
    expect(screen.getAllByText('2026-12-01 01:05').length).toBe(2);
    expect(screen.getByText('查看案件')).toBeTruthy();
    expect(screen.getByText('导出台账')).toBeTruthy();
    expect(screen.getByText('南门社区 共 12 人')).toBeTruthy();
    expect(screen.getAllByText('360199********0021').length).toBeGreaterThan(0);
    expect(calls.filter((c) => c.url.startsWith('/api/audit/access-log'))).toHaveLength(1);

    fireEvent.change(screen.getByTestId('filter-id-number'), { target: { value: '36019919500301001' } });
    expect(screen.getByText('请输入 18 位身份证号')).toBeTruthy();
    expect((screen.getByTestId('access-log-search') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByTestId('filter-id-number'), { target: { value: '36019919500301001x' } });
    fireEvent.change(screen.getByTestId('filter-user'), { target: { value: '赵文' } });
    fireEvent.change(screen.getByTestId('filter-from'), { target: { value: '2026-11-01' } });
    fireEvent.change(screen.getByTestId('filter-to'), { target: { value: '2026-11-30' } });
    expect(calls.filter((c) => c.url.startsWith('/api/audit/access-log'))).toHaveLength(1);
    fireEvent.click(screen.getByTestId('access-log-search'));

    expect(await screen.findByText('赵文')).toBeTruthy();
    const last = calls.filter((c) => c.url.startsWith('/api/audit/access-log')).at(-1)!;
    const params = new URL(last.url, 'http://x').searchParams;
    expect(params.get('idNumber')).toBe('36019919500301001X');
    expect(params.get('user')).toBe('赵文');
    expect(params.get('from')).toBe('2026-11-01');
    expect(params.get('to')).toBe('2026-11-30');
    expect(params.get('page')).toBe('0');
    expect(params.has('action')).toBe(false);
    expect(screen.getByText('查看档案材料')).toBeTruthy();
  });

  it('switches to English', async () => {
    stubApi((c) => (c.url.startsWith('/api/audit/access-log') ? { status: 200, body: page([entry(1)]) } : undefined));
    await setLanguage('en');
    renderInApp(<AccessLogPage />, { user: admin });
    expect(await screen.findByText('Viewed case')).toBeTruthy();
    expect(screen.getByText('Access log')).toBeTruthy();
    expect(i18n.t('nav.accessLog')).toBe('Access log');
  });

  it('is for administrators only and asks the server nothing otherwise', async () => {
    const calls = stubApi();
    renderInApp(<AccessLogPage />, { user: manager });
    await waitFor(() => expect(screen.getByTestId('access-log-forbidden')).toBeTruthy());
    expect(calls).toHaveLength(0);
  });

  it('has every string in both languages', () => {
    expect(keys(auditEn).sort()).toEqual(keys(auditZh).sort());
    expect(i18n.t('nav.accessLog', { lng: 'zh' })).toBe('访问日志');
  });
});
