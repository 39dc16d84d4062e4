import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import i18n from '@/i18n';
import { AppProvider } from './provider';
import { routes } from './router';

const problem = (status: number, body: object) =>
  new Response(JSON.stringify({ status, ...body }), { status, headers: { 'Content-Type': 'application/problem+json' } });
const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });

const officer = {
  username: 'vo001004',
  displayName: '刘洋',
  roles: ['VILLAGE_OFFICER'],
  orgCode: '360199001004',
  orgName: '花园社区',
  orgLevel: 'VILLAGE',
};

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <AppProvider>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return router;
}

beforeEach(async () => {
  await i18n.changeLanguage('zh');
  document.cookie = 'SA-XSRF-TOKEN=t; path=/';
});

afterEach(() => {
  document.cookie = 'SA-XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
});

describe('routing and sign-in', () => {
  it('sends a visitor without a session to /login and shows one message for every failure', async () => {
    const fetchMock = vi.fn(async (path: string) => {
      if (path === '/api/auth/me') return problem(401, { title: '未登录', detail: '请先登录。' });
      if (path === '/api/auth/csrf') return new Response(null, { status: 204 });
      if (path === '/api/auth/login') return problem(401, { title: '登录失败', detail: '用户名或密码错误' });
      throw new Error(`unexpected ${path}`);
    });
    vi.stubGlobal('fetch', fetchMock);

    const router = renderAt('/tasks');
    await screen.findByText('服务类社会救助工作平台', {}, { timeout: 15000 });
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toBe('?redirect=%2Ftasks');

    fireEvent.change(screen.getByTestId('login-username'), { target: { value: 'vo001004' } });
    fireEvent.change(screen.getByTestId('login-password'), { target: { value: 'wrong' } });
    fireEvent.click(screen.getByTestId('login-submit'));
    expect(
      await screen.findByText('用户名或密码错误，或账号暂时锁定。请核对后稍后再试；仍无法登录请联系管理员。', {}, { timeout: 15000 }),
    ).toBeTruthy();
    const loginCall = fetchMock.mock.calls.find(([p]) => p === '/api/auth/login') as unknown as [string, RequestInit];
    expect(JSON.parse(String(loginCall[1].body))).toEqual({ username: 'vo001004', password: 'wrong' });
  });

  it('tells a throttled sign-in how many seconds to wait, in Chinese and in English', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (path: string) => {
        if (path === '/api/auth/me') return problem(401, { title: '未登录', detail: '请先登录。' });
        if (path === '/api/auth/csrf') return new Response(null, { status: 204 });
        if (path === '/api/auth/login') {
          return problem(429, { type: 'https://social-assist.example.cn/problems/too-many-attempts', title: '尝试次数过多', retryAfter: 42 });
        }
        throw new Error(`unexpected ${path}`);
      }),
    );
    renderAt('/login');
    await screen.findByText('服务类社会救助工作平台', {}, { timeout: 15000 });
    const signIn = () => {
      fireEvent.change(screen.getByTestId('login-username'), { target: { value: 'vo001004' } });
      fireEvent.change(screen.getByTestId('login-password'), { target: { value: 'wrong' } });
      fireEvent.click(screen.getByTestId('login-submit'));
    };
    signIn();
    expect(await screen.findByText('登录尝试过于频繁，请 42 秒后再试。', {}, { timeout: 15000 })).toBeTruthy();
    await i18n.changeLanguage('en');
    expect(await screen.findByText('Too many attempts. Try again in 42 s.', {}, { timeout: 15000 })).toBeTruthy();
  });

  it('redirects / to /tasks and shows the inbox for a signed-in user', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (path: string) => {
        if (path === '/api/auth/me') return json(officer);
        if (path.startsWith('/api/tasks?')) {
          return json({
            items: [
              {
                id: 'abc',
                name: '核实线索',
                processDefinitionName: '服务类社会救助案件',
                businessKey: 'SA-2026-000001',
                assignee: null,
                created: '2026-05-10T00:00:00Z',
                due: null,
                overdue: false,
                recipientName: '张桂兰',
                orgName: '南门社区',
              },
            ],
            total: 1,
            page: 0,
            size: 20,
          });
        }
        throw new Error(`unexpected ${path}`);
      }),
    );
    const router = renderAt('/');
    const item = await screen.findByText('核实线索', {}, { timeout: 15000 });
    expect(router.state.location.pathname).toBe('/tasks');
    expect(item.closest('[data-testid=task-item]')?.getAttribute('data-task-id')).toBe('abc');
    expect(screen.getByText('张桂兰')).toBeTruthy();
    expect(screen.getByTestId('lang-switch')).toBeTruthy();
    expect(screen.getByTestId('logout')).toBeTruthy();
    expect(screen.getByTestId('tasks-tab-mine')).toBeTruthy();
  });

  it('sends a district manager from / to the monitoring centre', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (path: string) => {
        if (path === '/api/auth/me') return json({ ...officer, username: 'manager', displayName: '林红', roles: ['DISTRICT_MANAGER'], orgCode: '360199', orgName: '青山区', orgLevel: 'DISTRICT' });
        if (path === '/api/monitoring/overview') {
          return json({
            asOf: '2026-12-06T00:30:00Z',
            scopeCode: '360199',
            scopeName: '青山区',
            totals: { running: 0, overdue: 0, dueSoon: 0, openWarnings: 0, incidents: 0 },
            processes: [],
            places: [],
            warningsByStage: [],
          });
        }
        throw new Error(`unexpected ${path}`);
      }),
    );
    const router = renderAt('/');
    expect(await screen.findByText('当前没有在办流程', {}, { timeout: 30000 })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/monitoring');
    expect(screen.getByTestId('nav-monitoring')).toBeTruthy();
  });

  it('shows a 404 page for unknown routes', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json(officer)));
    renderAt('/no/such/page');
    expect(await screen.findByText('页面不存在', {}, { timeout: 15000 })).toBeTruthy();
  });
});
