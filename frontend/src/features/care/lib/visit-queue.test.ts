import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api-client';
import type { VisitCreated, VisitRequest } from '../types';

// IndexedDB (not in jsdom) as a Map: the queue's logic is what is tested here; the browser's
// IndexedDB is exercised by the Playwright walk (OfflineVisitE2eTest).
const db = new Map<string, unknown>();
vi.mock('idb-keyval', () => ({
  createStore: () => 'store',
  set: (key: string, value: unknown) => Promise.resolve(void db.set(key, structuredClone(value))),
  del: (key: string) => Promise.resolve(void db.delete(key)),
  values: () => Promise.resolve([...db.values()]),
}));

const queue = await import('./visit-queue');

function visit(clientId: string, visitedAt = '2026-12-06T09:30:00+08:00'): VisitRequest & { clientId: string } {
  return { visitedAt, mode: 'HOME', met: '本人', findings: '正常', risk: 'NONE', clientId };
}

const created: VisitCreated = { visitId: 7, lateEntry: false, countsForSchedule: true, lapseWarningOpen: false };

describe('the offline visit queue', () => {
  beforeEach(() => {
    db.clear();
    queue.resetQueueForTests();
  });

  it('keeps a visit with its time and photo, sends it once with its client id, and forgets it', async () => {
    const photo = new Blob(['png'], { type: 'image/png' });
    await queue.enqueueVisit({ clientId: 'a', enrolmentNo: 'GA0000000001', personName: '张三', visit: visit('a'), photo, photoName: 'p.png' });
    expect(queue.queuedVisits()).toHaveLength(1);
    const send = vi.fn((_no: string, _v: VisitRequest, _p: File | null) => Promise.resolve(created));
    const sentTo = vi.fn();
    const stop = queue.onVisitSent(sentTo);
    expect(await queue.flushQueue(send)).toBe(1);
    stop();
    expect(send).toHaveBeenCalledOnce();
    const [no, body, file] = send.mock.calls[0];
    expect(no).toBe('GA0000000001');
    expect(body).toEqual(visit('a'));
    expect(file?.name).toBe('p.png');
    expect(file?.type).toBe('image/png');
    expect(queue.queuedVisits()).toHaveLength(0);
    expect(db.size).toBe(0);
    expect(sentTo).toHaveBeenCalledWith(expect.objectContaining({ clientId: 'a' }), created);
  });

  it('survives a reload: what was kept is read back from IndexedDB, oldest first', async () => {
    await queue.enqueueVisit({ clientId: 'b', enrolmentNo: 'GA0000000002', visit: visit('b') });
    await new Promise((r) => setTimeout(r, 2));
    await queue.enqueueVisit({ clientId: 'c', enrolmentNo: 'GA0000000003', visit: visit('c') });
    queue.resetQueueForTests();
    await queue.loadQueue();
    expect(queue.queuedVisits().map((v) => v.clientId)).toEqual(['b', 'c']);
  });

  it('stops at the first network failure and keeps everything waiting', async () => {
    await queue.enqueueVisit({ clientId: 'd', enrolmentNo: 'GA1', visit: visit('d') });
    await queue.enqueueVisit({ clientId: 'e', enrolmentNo: 'GA2', visit: visit('e') });
    const send = vi.fn(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await queue.flushQueue(send)).toBe(0);
    expect(send).toHaveBeenCalledOnce();
    expect(queue.queuedVisits().map((v) => v.state)).toEqual(['waiting', 'waiting']);
  });

  it('keeps a visit whose session ended (401) and sends it after the sign-in', async () => {
    await queue.enqueueVisit({ clientId: 'f', enrolmentNo: 'GA1', visit: visit('f') });
    await queue.flushQueue(() => Promise.reject(new ApiError(401, { title: 'Unauthorized' })));
    expect(queue.queuedVisits()[0].state).toBe('signin');
    expect(await queue.flushQueue(() => Promise.resolve(created))).toBe(1);
    expect(queue.queuedVisits()).toHaveLength(0);
  });

  it('shows a visit the server refused (4xx) with its reason and does not send it again by itself', async () => {
    await queue.enqueueVisit({ clientId: 'g', enrolmentNo: 'GA1', visit: visit('g', '2026-11-20T09:00:00+08:00') });
    await queue.enqueueVisit({ clientId: 'h', enrolmentNo: 'GA2', visit: visit('h') });
    const refusal = new ApiError(400, { detail: '补录走访须说明原因。', errors: [{ field: 'visit.lateEntryReason', message: '须填写补录原因。' }] });
    const send = vi.fn((no: string) => (no === 'GA1' ? Promise.reject(refusal) : Promise.resolve(created)));
    expect(await queue.flushQueue(send)).toBe(1);
    const [refused] = queue.queuedVisits();
    expect(refused).toMatchObject({ clientId: 'g', state: 'rejected', error: '须填写补录原因。', errorField: 'lateEntryReason' });
    send.mockClear();
    expect(await queue.flushQueue(send)).toBe(0);
    expect(send).not.toHaveBeenCalled();
    // Given the reason, it goes again, with it.
    await queue.retryVisit('g', { lateEntryReason: '山区无信号' });
    expect(await queue.flushQueue(() => Promise.resolve(created))).toBe(1);
    await queue.enqueueVisit({ clientId: 'i', enrolmentNo: 'GA3', visit: visit('i') });
    await queue.flushQueue(() => Promise.reject(new ApiError(409, { detail: 'x' })));
    await queue.discardVisit('i');
    expect(queue.queuedVisits()).toHaveLength(0);
  });

  it('retries later on a server failure (5xx) without calling it a rejection', async () => {
    await queue.enqueueVisit({ clientId: 'j', enrolmentNo: 'GA1', visit: visit('j') });
    await queue.flushQueue(() => Promise.reject(new ApiError(503, {})));
    expect(queue.queuedVisits()[0].state).toBe('waiting');
  });

  it('joins a flush already running instead of sending twice', async () => {
    await queue.enqueueVisit({ clientId: 'k', enrolmentNo: 'GA1', visit: visit('k') });
    const send = vi.fn(() => new Promise<VisitCreated>((r) => setTimeout(() => r(created), 5)));
    const [a, b] = await Promise.all([queue.flushQueue(send), queue.flushQueue(send)]);
    expect(a).toBe(1);
    expect(b).toBe(1);
    expect(send).toHaveBeenCalledOnce();
  });

  it('makes version-4 UUIDs', () => {
    expect(queue.newClientId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
