import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api, apiRequest, isApiError, loginPath, readCookie } from './api-client';

type FetchArgs = [string, RequestInit | undefined];

function json(status: number, body: unknown, contentType = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

function clearCookies() {
  for (const c of document.cookie.split(';')) {
    const name = c.split('=')[0]?.trim();
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  }
}

function mockFetch(...responses: Array<Response | ((path: string) => Response)>) {
  const calls: FetchArgs[] = [];
  const fn = vi.fn(async (path: string, init?: RequestInit) => {
    calls.push([path, init]);
    const next = responses.shift();
    if (!next) throw new Error(`unexpected fetch ${path}`);
    return typeof next === 'function' ? next(path) : next;
  });
  vi.stubGlobal('fetch', fn);
  return calls;
}

function header(init: RequestInit | undefined, name: string): string | undefined {
  return (init?.headers as Record<string, string> | undefined)?.[name];
}

beforeEach(() => {
  clearCookies();
  window.history.replaceState(null, '', '/');
});

describe('apiRequest', () => {
  it('GETs JSON with the session cookie and no CSRF header', async () => {
    document.cookie = 'SA-XSRF-TOKEN=abc';
    const calls = mockFetch(json(200, { hello: 'world' }));
    await expect(api.get('/api/x')).resolves.toEqual({ hello: 'world' });
    const [path, init] = calls[0]!;
    expect(path).toBe('/api/x');
    expect(init?.credentials).toBe('same-origin');
    expect(init?.method).toBe('GET');
    expect(header(init, 'X-SA-XSRF-TOKEN')).toBeUndefined();
  });

  it('echoes the SA-XSRF-TOKEN cookie on writes and sends JSON', async () => {
    document.cookie = 'SA-XSRF-TOKEN=tok%2Ben';
    const calls = mockFetch(new Response(null, { status: 204 }));
    await expect(api.post('/api/tasks/1/complete', { variables: { a: 1 } })).resolves.toBeUndefined();
    const [, init] = calls[0]!;
    expect(init?.method).toBe('POST');
    expect(header(init, 'X-SA-XSRF-TOKEN')).toBe('tok+en');
    expect(header(init, 'Content-Type')).toBe('application/json');
    expect(init?.body).toBe('{"variables":{"a":1}}');
  });

  it('fetches the CSRF cookie first when it is missing', async () => {
    const calls = mockFetch(
      (path) => {
        expect(path).toBe('/api/auth/csrf');
        document.cookie = 'SA-XSRF-TOKEN=fresh';
        return new Response(null, { status: 204 });
      },
      new Response(null, { status: 204 }),
    );
    await api.post('/api/tasks/1/claim');
    expect(calls).toHaveLength(2);
    expect(header(calls[1]![1], 'X-SA-XSRF-TOKEN')).toBe('fresh');
  });

  it('retries a write once with a fresh token after a 403', async () => {
    document.cookie = 'SA-XSRF-TOKEN=stale';
    const calls = mockFetch(
      json(403, { title: '无权访问', status: 403 }, 'application/problem+json'),
      () => {
        document.cookie = 'SA-XSRF-TOKEN=renewed';
        return new Response(null, { status: 204 });
      },
      new Response(null, { status: 204 }),
    );
    await api.post('/api/tasks/1/unclaim');
    expect(calls.map(([p]) => p)).toEqual(['/api/tasks/1/unclaim', '/api/auth/csrf', '/api/tasks/1/unclaim']);
    expect(header(calls[2]![1], 'X-SA-XSRF-TOKEN')).toBe('renewed');
  });

  it('turns problem details into an ApiError with field errors', async () => {
    document.cookie = 'SA-XSRF-TOKEN=t';
    mockFetch(
      json(
        400,
        {
          type: 'https://social-assist.example.cn/problems/validation',
          title: '输入有误',
          status: 400,
          detail: '表单填写有误，请检查后重新提交。',
          errors: [{ field: 'verificationNote', message: '「核实情况说明」为必填项。' }, { bogus: true }],
        },
        'application/problem+json',
      ),
    );
    const error = await apiRequest('/api/tasks/1/complete', { method: 'POST', body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(400);
    expect(apiError.title).toBe('输入有误');
    expect(apiError.detail).toBe('表单填写有误，请检查后重新提交。');
    expect(apiError.message).toBe('表单填写有误，请检查后重新提交。');
    expect(apiError.type).toBe('https://social-assist.example.cn/problems/validation');
    expect(apiError.fieldErrors).toEqual([{ field: 'verificationNote', message: '「核实情况说明」为必填项。' }]);
    expect(isApiError(apiError, 400)).toBe(true);
    expect(isApiError(apiError, 404)).toBe(false);
  });

  it('copes with an error body that is not JSON', async () => {
    mockFetch(new Response('<html>oops</html>', { status: 502, headers: { 'Content-Type': 'text/html' } }));
    const error = (await api.get('/api/x').catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(502);
    expect(error.title).toBe('HTTP 502');
    expect(error.fieldErrors).toEqual([]);
  });

  it('sends the browser to /login on a 401 from an ordinary call', async () => {
    window.history.replaceState(null, '', '/tasks/42?x=1');
    const assign = vi.fn();
    vi.stubGlobal('location', { ...window.location, pathname: '/tasks/42', search: '?x=1', assign });
    mockFetch(json(401, { title: '未登录', detail: '请先登录。' }, 'application/problem+json'));
    await expect(api.get('/api/tasks')).rejects.toMatchObject({ status: 401 });
    expect(assign).toHaveBeenCalledWith('/login?redirect=%2Ftasks%2F42%3Fx%3D1');
  });

  it('does not redirect on a 401 from /api/auth/me or /api/auth/login', async () => {
    const assign = vi.fn();
    vi.stubGlobal('location', { ...window.location, pathname: '/tasks', search: '', assign });
    document.cookie = 'SA-XSRF-TOKEN=t';
    mockFetch(
      json(401, { title: '未登录' }, 'application/problem+json'),
      json(401, { title: '登录失败', detail: '用户名或密码错误' }, 'application/problem+json'),
    );
    await expect(api.get('/api/auth/me')).rejects.toMatchObject({ status: 401 });
    await expect(api.post('/api/auth/login', { username: 'a', password: 'b' })).rejects.toMatchObject({
      status: 401,
      detail: '用户名或密码错误',
    });
    expect(assign).not.toHaveBeenCalled();
  });
});

describe('helpers', () => {
  it('reads one cookie among several', () => {
    document.cookie = 'a=1';
    document.cookie = 'SA-XSRF-TOKEN=xyz';
    expect(readCookie('SA-XSRF-TOKEN')).toBe('xyz');
    expect(readCookie('missing')).toBeUndefined();
  });

  it('builds the login path with a return address', () => {
    window.history.replaceState(null, '', '/tasks?scope=mine');
    expect(loginPath()).toBe('/login?redirect=%2Ftasks%3Fscope%3Dmine');
    window.history.replaceState(null, '', '/login');
    expect(loginPath()).toBe('/login');
  });
});
