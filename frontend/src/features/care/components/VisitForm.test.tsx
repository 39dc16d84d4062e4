import { afterEach, describe, expect, it, vi } from 'vitest';
import i18n from '@/i18n';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { blobText } from '@/test/stub-api';
import { careKeys } from '../api/use-care';
import { cadre, enrolmentNo, enrolmentView, renderWithApp, stubApi, type Call } from '../test-utils';
import { CareEnrolmentPage } from './CareEnrolmentPage';
import { VisitForm } from './VisitForm';

// Rendering antd forms in jsdom is slow, more so on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const fileInput = () => document.querySelector('[data-testid=care-visit-photo] input[type=file]') as HTMLInputElement;

function pick(file: File) {
  fireEvent.change(fileInput(), { target: { files: [file] } });
}

function sized(file: File, size: number): File {
  Object.defineProperty(file, 'size', { value: size });
  return file;
}


describe('VisitForm', () => {
  it('checks the photo before anything is sent', async () => {
    const calls = stubApi();
    renderWithApp(<VisitForm enrolmentNo={enrolmentNo} />, { user: cadre });
    expect(screen.getByTestId('care-visit-form')).toBeTruthy();
    for (const r of ['NONE', 'MINOR', 'MAJOR']) expect(screen.getByTestId(`care-visit-risk-${r}`)).toHaveProperty('type', 'radio');
    expect(screen.getByTestId('care-visit-findings').tagName).toBe('TEXTAREA');

    pick(new File(['%PDF'], 'report.pdf', { type: 'application/pdf' }));
    await waitFor(() => expect(screen.getByTestId('care-visit-photo-error').textContent).toContain('只接受 JPG、PNG'));
    expect(screen.queryByTestId('care-visit-photo-name')).toBeNull();

    pick(sized(new File(['x'], 'big.jpg', { type: 'image/jpeg' }), 10 * 1024 * 1024 + 1));
    await waitFor(() => expect(screen.getByTestId('care-visit-photo-error').textContent).toContain('不能超过 10 MB'));
    expect(screen.queryByTestId('care-visit-photo-name')).toBeNull();

    pick(new File(['png'], 'door.png', { type: 'image/png' }));
    await waitFor(() => expect(screen.getByTestId('care-visit-photo-name').textContent).toBe('door.png'));
    expect(screen.queryByTestId('care-visit-photo-error')).toBeNull();
    // Nothing sent: the only call is the visit policy (for the late-entry limit).
    expect(calls.filter((c) => c.url !== '/api/care/policy')).toEqual([]);
  });

  it('requires the findings, then posts multipart with the visit JSON and the photo', async () => {
    const calls = stubApi((call) => (call.method === 'POST' ? { status: 201, body: { visitId: 42 } } : undefined));
    const onRecorded = vi.fn();
    const { container } = renderWithApp(<VisitForm enrolmentNo={enrolmentNo} onRecorded={onRecorded} />, { user: cadre });
    fireEvent.click(screen.getByTestId('care-visit-submit'));
    await waitFor(() => expect(container.textContent).toContain('请填写「走访情况」'));
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);

    fireEvent.click(screen.getByTestId('care-visit-mode-PHONE'));
    fireEvent.change(screen.getByTestId('care-visit-met'), { target: { value: ' 邻居 ' } });
    fireEvent.click(screen.getByTestId('care-visit-risk-MAJOR'));
    expect(await screen.findByTestId('care-visit-major-hint')).toBeTruthy();
    fireEvent.change(screen.getByTestId('care-visit-findings'), { target: { value: ' 电话未接通，邻居称已住院 ' } });
    pick(new File(['png'], 'door.png', { type: 'image/png' }));
    await screen.findByTestId('care-visit-photo-name');
    fireEvent.click(screen.getByTestId('care-visit-submit'));
    await waitFor(() => expect(onRecorded).toHaveBeenCalledWith(42));

    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.url).toBe(`/api/care/enrolments/${enrolmentNo}/visits`);
    const body = post.body as FormData;
    expect(body).toBeInstanceOf(FormData);
    const visitPart = body.get('visit') as Blob;
    expect(visitPart.type).toBe('application/json');
    const visit = JSON.parse(await blobText(visitPart)) as Record<string, unknown>;
    expect(visit).toMatchObject({ mode: 'PHONE', met: '邻居', findings: '电话未接通，邻居称已住院', risk: 'MAJOR' });
    expect(String(visit.visitedAt)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
    expect((body.get('photo') as File).name).toBe('door.png');
    const init = (fetch as unknown as { mock: { calls: [string, RequestInit][] } }).mock.calls.find(([, i]) => i?.method === 'POST')![1];
    expect((init.headers as Record<string, string>)['X-SA-XSRF-TOKEN']).toBe('test-token');
    expect((init.headers as Record<string, string>)['Content-Type']).toBeUndefined();
  });
});

/** Types a date and time into the visit time picker and confirms it, as a keyboard user would. */
function visitedAtInput(): HTMLInputElement {
  const el = screen.getByTestId('care-visit-visitedAt');
  return (el.tagName === 'INPUT' ? el : el.querySelector('input')) as HTMLInputElement;
}

function pickVisitedAt(text: string) {
  const input = visitedAtInput();
  fireEvent.mouseDown(input);
  fireEvent.focus(input);
  fireEvent.change(input, { target: { value: text } });
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
  fireEvent.blur(input);
}

const lateAnswer = (lateEntryDays: number) => (call: Call) => {
  if (call.url === '/api/care/policy') {
    return { status: 200, body: { levels: [], emergencyIntervalDays: 1, emergencyWarnAfterDays: 2, escalateAfterDays: 2, lateEntryDays } };
  }
  if (call.method === 'POST') return { status: 201, body: { visitId: 43, lateEntry: true, countsForSchedule: true, lapseWarningOpen: false } };
  return undefined;
};

describe('VisitForm late entries (补录)', () => {
  afterEach(async () => {
    vi.useRealTimers();
    await i18n.changeLanguage('zh');
  });

  it('asks for the reason only when the date is more than the policy’s days back, counted in Shanghai days, and sends it', async () => {
    // 00:05 on 24 November in Shanghai is still 23 November in UTC.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-23T16:05:00Z'));
    const calls = stubApi(lateAnswer(3));
    const onRecorded = vi.fn();
    const { container } = renderWithApp(<VisitForm enrolmentNo={enrolmentNo} onRecorded={onRecorded} />, { user: cadre });
    await waitFor(() => expect(calls.some((c) => c.url === '/api/care/policy')).toBe(true));
    expect(screen.queryByTestId('care-visit-lateEntryReason')).toBeNull();

    pickVisitedAt('2026-11-21 00:00'); // three days back: on time
    fireEvent.change(screen.getByTestId('care-visit-met'), { target: { value: '本人' } });
    fireEvent.change(screen.getByTestId('care-visit-findings'), { target: { value: '身体尚可' } });
    expect(visitedAtInput().value).toBe('2026-11-21 00:00');
    expect(screen.queryByTestId('care-visit-lateEntryReason')).toBeNull();

    pickVisitedAt('2026-11-20 23:59'); // four days back
    expect((await screen.findByTestId('care-visit-late-hint')).textContent).toBe('走访日期早于 3 天前，属于补录，请填写补录原因。');
    fireEvent.click(screen.getByTestId('care-visit-submit'));
    await waitFor(() => expect(container.textContent).toContain('请填写「补录原因」'));
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);

    fireEvent.change(screen.getByTestId('care-visit-lateEntryReason'), { target: { value: ' 村道塌方，返回后补录 ' } });
    fireEvent.click(screen.getByTestId('care-visit-submit'));
    await waitFor(() => expect(onRecorded).toHaveBeenCalledWith(43));
    const visit = JSON.parse(await blobText((calls.find((c) => c.method === 'POST')!.body as FormData).get('visit') as Blob)) as Record<string, unknown>;
    expect(visit).toMatchObject({ visitedAt: '2026-11-20T23:59:00+08:00', lateEntryReason: '村道塌方，返回后补录' });
  });

  it('asks in English too, with the server’s number of days, and leaves a recent visit alone', async () => {
    await i18n.changeLanguage('en');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-24T02:00:00Z'));
    const calls = stubApi(lateAnswer(5));
    renderWithApp(<VisitForm enrolmentNo={enrolmentNo} />, { user: cadre });
    await waitFor(() => expect(calls.some((c) => c.url === '/api/care/policy')).toBe(true));
    pickVisitedAt('2026-11-20 09:00'); // four days back: within five
    fireEvent.change(screen.getByTestId('care-visit-met'), { target: { value: 'self' } });
    expect(screen.queryByTestId('care-visit-lateEntryReason')).toBeNull();
    pickVisitedAt('2026-11-18 09:00'); // six days back
    expect((await screen.findByTestId('care-visit-late-hint')).textContent).toBe(
      'The visit is more than 5 days back: a late entry. Please give the reason.',
    );
    expect(screen.getByText('Reason for the late entry')).toBeTruthy();
  });
});

describe('CareEnrolmentPage', () => {
  it('shows the warning and status, and after a visit the warning is gone and the tag turns green', async () => {
    const before = enrolmentView();
    const after = enrolmentView({
      warning: null,
      visitStatus: 'DONE',
      lastVisitOn: '2026-05-10',
      warnings: [{ id: 1, kind: 'LAPSE', stage: 2, raisedOn: '2026-05-07', gapDays: 12, resolvedAt: '2026-05-10T02:00:00Z' }],
      visits: [{ id: 42, visitedAt: '2026-05-10T02:00:00Z', mode: 'HOME', met: '本人', findings: '身体尚可', risk: 'NONE', hasPhoto: true, recordedBy: '邓志', recordedAt: '2026-05-10T02:05:00Z', lateEntry: false, lateEntryReason: null }],
    });
    let posted = false;
    stubApi((call) => {
      if (call.method === 'POST') {
        posted = true;
        return { status: 201, body: { visitId: 42 } };
      }
      if (call.url === `/api/care/enrolments/${enrolmentNo}`) return { status: 200, body: posted ? after : before };
      return undefined;
    });
    renderWithApp(<CareEnrolmentPage />, {
      user: cadre,
      path: `/care/${enrolmentNo}`,
      route: '/care/:enrolmentNo',
      data: [[careKeys.detail(enrolmentNo), before]],
    });
    expect(screen.getByTestId('care-visit-status').textContent).toBe('已逾期');
    expect(screen.getByTestId('care-warning').textContent).toContain('走访超期预警');
    expect(screen.getByTestId('care-warning').textContent).toContain('已升级至街道(镇)');
    expect(screen.getByTestId('care-id-masked').textContent).toBe('360199********003X');
    // A care cadre finds the visit form before the grading section; no regrade or plan editing.
    const form = screen.getByTestId('care-visit-form');
    const grading = screen.getByTestId('care-grading');
    expect(form.compareDocumentPosition(grading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.queryByTestId('care-regrade-open')).toBeNull();
    expect(screen.queryByTestId('care-plan-save')).toBeNull();
    expect(screen.getByTestId('care-visits').getAttribute('data-count')).toBe('0');

    fireEvent.change(screen.getByTestId('care-visit-met'), { target: { value: '本人' } });
    fireEvent.change(screen.getByTestId('care-visit-findings'), { target: { value: '身体尚可' } });
    fireEvent.click(screen.getByTestId('care-visit-submit'));
    await waitFor(() => expect(screen.queryByTestId('care-warning')).toBeNull());
    expect(screen.getByTestId('care-visit-status').textContent).toBe('今日已访');
    expect(screen.getByTestId('care-visit-status').getAttribute('data-status')).toBe('DONE');
    expect(screen.getByTestId('care-visits').getAttribute('data-count')).toBe('1');
    expect(screen.getByTestId('care-visit-photo-42').getAttribute('href')).toBe('/api/care/visits/42/photo');
  });
});
