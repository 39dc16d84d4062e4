import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router-dom';
import i18n from '@/i18n';
import type { CardView, PinSlip } from '@/features/cases';
import { domainTaskForms } from '../index';
import { caseNo, caseView, renderForm, stubApi, task } from './test-harness';

vi.setConfig({ testTimeout: 30_000 });

const PinSlipTask = domainTaskForms['app:pin-slip']!;

const card: CardView = {
  cardNo: 'FWK20260000042',
  validFrom: '2026-03-01',
  validTo: '2027-02-28',
  status: 'VALID',
  recipientName: '渔港测试',
  villageName: '渔港村',
  items: ['助餐服务'],
  pinSet: false,
  pinSetAt: null,
  revokedAt: null,
  revokeReason: null,
};

const slip: PinSlip = {
  caseNo,
  cardNo: card.cardNo,
  recipientName: '渔港测试',
  villageName: '渔港村',
  streetName: '东湖街道',
  validFrom: '2026-03-01',
  validTo: '2027-02-28',
  pin: '482913',
  issuedAt: '2026-03-02T02:00:00Z',
  reset: false,
};

/** Stands in for the slip page: shows what arrived in the navigation state. */
function SlipProbe() {
  const state = useLocation().state as { slip?: PinSlip } | null;
  return <div data-testid="probe">{state?.slip?.pin ?? 'none'}</div>;
}

function renderTask(kase = caseView({ card })) {
  return renderForm(
    <Routes>
      <Route path="/" element={<PinSlipTask task={task('app:pin-slip', { name: '打印密码函' })} onCompleted={() => undefined} />} />
      <Route path="/cases/:caseNo/pin-slip" element={<SlipProbe />} />
    </Routes>,
    { kase },
  );
}

describe('print the PIN slip task', () => {
  it('shows the case, the card and how to hand the slip over, and prints into the slip page', async () => {
    const calls = stubApi({ kase: caseView({ card }), respond: () => ({ status: 200, body: slip }) });
    renderTask();
    expect(screen.getByTestId('domain-case-no').textContent).toBe(caseNo);
    expect(screen.getByTestId('pin-slip-task-card').textContent).toBe('FWK20260000042');
    expect(screen.getByTestId('pin-slip-task-handover').textContent).toContain('当面交给服务对象本人');
    expect(screen.getByTestId('pin-slip-task-handover').textContent).toContain('与服务卡分开');
    expect(screen.getByTestId('domain-form-pin-slip').textContent).toContain('密码函尚未打印');

    fireEvent.click(screen.getByTestId('pin-slip-task-print'));

    expect((await screen.findByTestId('probe')).textContent).toBe('482913');
    const posts = calls.filter((c) => c.method === 'POST');
    expect(posts.map((c) => c.url)).toEqual([`/api/cases/${caseNo}/card/pin-slip`]);
  });

  it('shows a refusal and stays on the task', async () => {
    stubApi({
      kase: caseView({ card }),
      respond: () => ({ status: 409, body: { status: 409, detail: '密码函已于 2026-03-02 10:00 打印，密码只显示这一次。' } }),
    });
    renderTask();
    fireEvent.click(screen.getByTestId('pin-slip-task-print'));
    expect((await screen.findByTestId('pin-slip-task-error')).textContent).toContain('密码只显示这一次');
    expect(screen.queryByTestId('probe')).toBeNull();
  });

  it('offers no print for a revoked card or one whose slip was printed', () => {
    stubApi({ kase: caseView() });
    const revoked = caseView({ card: { ...card, status: 'REVOKED', revokedAt: '2026-03-05T02:00:00Z', revokeReason: '迁出' } });
    const { unmount } = renderTask(revoked);
    expect(screen.getByTestId('pin-slip-task-revoked').textContent).toContain('已注销');
    expect(screen.getByTestId('pin-slip-task-print')).toHaveProperty('disabled', true);
    unmount();
    renderTask(caseView({ card: { ...card, pinSet: true, pinSetAt: '2026-03-02T02:00:00Z' } }));
    expect(screen.getByTestId('pin-slip-task-print')).toHaveProperty('disabled', true);
    expect(screen.getByTestId('domain-form-pin-slip').textContent).toContain('2026-03-02 10:00');
  });

  it('speaks English', async () => {
    stubApi({ kase: caseView({ card }) });
    await act(() => i18n.changeLanguage('en'));
    try {
      renderTask();
      await waitFor(() => expect(screen.getByTestId('pin-slip-task-print').textContent).toContain('Print the PIN slip'));
      expect(screen.getByTestId('pin-slip-task-handover').textContent).toContain('in person');
    } finally {
      await act(() => i18n.changeLanguage('zh'));
    }
  });
});
