import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubApi } from '@/test/stub-api';
import { fetchTaskSubject } from './services';

afterEach(() => vi.unstubAllGlobals());

describe('service task subject', () => {
  it('comes from the one workflow endpoint, which dispatches by formKey', async () => {
    const calls = stubApi(() => ({ status: 200, body: { formKey: 'app:spot-check' } }));

    await fetchTaskSubject('task 7');

    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual(['GET /api/tasks/task%207/subject']);
  });
});
