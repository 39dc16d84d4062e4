import { describe, expect, it } from 'vitest';
import { readInboxQuery, writeInboxQuery } from './inbox-query';

describe('the inbox state in the URL', () => {
  it('round-trips search, type, sort, scope and page', () => {
    const query = { scope: 'mine' as const, q: '张桂英', type: 'respondToOrder', sort: 'created' as const, page: 3 };
    const url = writeInboxQuery(query);
    expect(url.toString()).toBe('scope=mine&q=%E5%BC%A0%E6%A1%82%E8%8B%B1&type=respondToOrder&sort=created&page=3');
    expect(readInboxQuery(url)).toEqual(query);
  });

  it('leaves the defaults out, so the plain inbox is /tasks', () => {
    expect(writeInboxQuery({ scope: 'all', q: '', type: '', sort: 'due', page: 1 }).toString()).toBe('');
  });

  it('falls back to the defaults for anything it does not know', () => {
    const query = readInboxQuery(new URLSearchParams('scope=everyone&sort=name&type=1%27or&page=-2&q=%20%20'));
    expect(query).toEqual({ scope: 'all', q: '', type: '', sort: 'due', page: 1 });
  });

  it('cuts an over-long search to what the server takes', () => {
    expect(readInboxQuery(new URLSearchParams({ q: '检'.repeat(60) })).q).toHaveLength(50);
  });
});
