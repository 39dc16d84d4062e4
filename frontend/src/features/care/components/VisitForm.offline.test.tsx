import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { cadre, enrolmentNo, renderWithApp, stubApi } from '../test-utils';
import { queuedVisits, resetQueueForTests } from '../lib/visit-queue';
import { VisitForm } from './VisitForm';

vi.setConfig({ testTimeout: 30_000 });

// IndexedDB (not in jsdom) as a Map.
const db = new Map<string, unknown>();
vi.mock('idb-keyval', () => ({
  createStore: () => 'store',
  set: (key: string, value: unknown) => Promise.resolve(void db.set(key, value)),
  del: (key: string) => Promise.resolve(void db.delete(key)),
  values: () => Promise.resolve([...db.values()]),
}));

function setOnline(online: boolean) {
  Object.defineProperty(window.navigator, 'onLine', { value: online, configurable: true });
}

function fillAndSubmit() {
  fireEvent.change(screen.getByTestId('care-visit-met'), { target: { value: '本人' } });
  fireEvent.change(screen.getByTestId('care-visit-findings'), { target: { value: '山里无信号' } });
  const file = document.querySelector('[data-testid=care-visit-photo] input[type=file]') as HTMLInputElement;
  fireEvent.change(file, { target: { files: [new File(['png'], 'door.png', { type: 'image/png' })] } });
  fireEvent.click(screen.getByTestId('care-visit-submit'));
}

describe('VisitForm without signal', () => {
  beforeEach(() => {
    db.clear();
    resetQueueForTests();
  });
  afterEach(() => setOnline(true));

  it('keeps the visit on the phone, with a client id, its time and the photo, and sends nothing', async () => {
    setOnline(false);
    const calls = stubApi();
    const onRecorded = vi.fn();
    renderWithApp(<VisitForm enrolmentNo={enrolmentNo} personName="张三" onRecorded={onRecorded} />, { user: cadre });
    await screen.findByTestId('care-visit-photo');
    fillAndSubmit();
    await waitFor(() => expect(queuedVisits()).toHaveLength(1));
    const [kept] = queuedVisits();
    expect(kept).toMatchObject({ enrolmentNo, personName: '张三', state: 'waiting', photoName: 'door.png' });
    expect(kept.visit).toMatchObject({ met: '本人', findings: '山里无信号', clientId: kept.clientId });
    expect(kept.visit.visitedAt).toMatch(/\+08:00$/);
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);
    expect(onRecorded).not.toHaveBeenCalled();
    expect(await screen.findByText(/当前无网络，走访已保存在本机/)).toBeTruthy();
  });

  it('keeps the visit when the session has ended (401) instead of leaving for the sign-in page', async () => {
    const here = window.location.href;
    stubApi((call) => (call.method === 'POST' ? { status: 401, body: { title: 'Unauthorized', status: 401 } } : undefined));
    renderWithApp(<VisitForm enrolmentNo={enrolmentNo} personName="张三" />, { user: cadre });
    await screen.findByTestId('care-visit-photo');
    fillAndSubmit();
    await waitFor(() => expect(queuedVisits()[0]?.state).toBe('signin'));
    expect(window.location.href).toBe(here);
    expect(await screen.findByText(/登录已过期，走访已保存在本机/)).toBeTruthy();
  });
});
