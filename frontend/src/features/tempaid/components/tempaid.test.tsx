import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import '@/i18n';
import type { CurrentUser } from '@/lib/auth/types';
import type { DomainTask } from '@/lib/task-forms';
import { renderInApp } from '@/test/render-with-app';
import { stubApi } from '@/test/stub-api';
import { tempaidKeys } from '../api/use-tempaid';
import type { AidView, ImportReport, Ledger } from '../types';
import { assessProblem, AssessForm, PaymentForm } from './TaskForms';
import { ImportPage } from './ImportPage';

vi.setConfig({ testTimeout: 30_000 });

const clerk: CurrentUser = {
  username: 'street003',
  displayName: '郑丹',
  email: null,
  roles: ['STREET_CLERK'],
  orgCode: '360199003',
  orgName: '石桥镇',
  orgLevel: 'STREET',
};
const manager: CurrentUser = { ...clerk, username: 'manager', roles: ['DISTRICT_MANAGER'], orgCode: '360199', orgLevel: 'DISTRICT' };

const aid = (over: Partial<AidView> = {}): AidView => ({
  applicationNo: 'LS202606001',
  personId: 7,
  personName: '王五',
  maskedIdNumber: '360199********1234',
  villageCode: '360199003004',
  villageName: '高岭村',
  eventType: 'ACCIDENT',
  eventOn: '2026-06-05',
  eventDescription: '家中失火',
  amountRequested: 1800,
  status: 'ASSESSING',
  amountAssessed: null,
  amountGranted: null,
  decidedLevel: null,
  decidedByName: null,
  decidedAt: null,
  refusalReason: null,
  paidOn: null,
  paidAmount: null,
  paymentMethod: null,
  paymentRef: null,
  requestedByName: '马琳',
  requestedAt: '2026-06-08T09:00:00+08:00',
  fromOneDoor: false,
  townshipLimit: 2000,
  steps: [{ kind: 'REQUESTED', actorName: '马琳', at: '2026-06-08T09:00:00+08:00', amount: 1800, note: '意外事故' }],
  taskId: 'task-1',
  taskKey: 'assessAid',
  ...over,
});
const ledger: Ledger = { personId: 7, personName: '王五', year: 2026, totalPaid: 500, paidCount: 1, entries: [
  { applicationNo: 'LS202601001', eventType: 'OTHER', eventOn: '2026-01-05', status: 'PAID', amountRequested: 500, amountGranted: 500, decidedLevel: 'STREET', paidOn: '2026-01-06', paidAmount: 500 },
] };
const task = (formKey: string): DomainTask => ({ id: 'task-1', businessKey: 'LS202606001', activityId: 'assessAid', formKey, assignedToMe: true, claimable: false });

describe('the street office’s delegated amount', () => {
  it('is the rule the assessment screen shows before the server refuses', () => {
    expect(assessProblem('GRANT', 2000, 2000)).toBeNull();
    expect(assessProblem('GRANT', 2000.01, 2000)).toBe('overLimit');
    expect(assessProblem('REFER', 2000, 2000)).toBe('underLimit');
    expect(assessProblem('REFER', 2500, 2000)).toBeNull();
    expect(assessProblem('GRANT', null, 2000)).toBe('amount');
    expect(assessProblem('REFUSE', null, 2000)).toBeNull();
  });
});

describe('temporary assistance task screens', () => {
  it('refuses a grant above the limit on screen, and grants within it after a confirmation', async () => {
    const calls = stubApi();
    const onCompleted = vi.fn();
    renderInApp(<AssessForm task={task('app:tempaid-assess')} onCompleted={onCompleted} />, {
      user: clerk,
      data: [
        [tempaidKeys.subject('task-1'), { formKey: 'app:tempaid-assess', application: aid() }],
        [tempaidKeys.ledger(7, 2026), ledger],
      ],
    });
    expect((await screen.findByTestId('ledger-total')).textContent).toContain('500.00');
    const box = screen.getByTestId('assess-amount');
    const amount = box.tagName === 'INPUT' ? box : box.querySelector('input')!;
    fireEvent.change(amount, { target: { value: '2500' } });
    fireEvent.blur(amount);
    expect((await screen.findByTestId('assess-problem')).textContent).toContain('2,000.00');
    expect(screen.getByTestId<HTMLButtonElement>('assess-submit').disabled).toBe(true);

    fireEvent.change(amount, { target: { value: '1500' } });
    fireEvent.blur(amount);
    await waitFor(() => expect(screen.getByTestId<HTMLButtonElement>('assess-submit').disabled).toBe(false));
    fireEvent.click(screen.getByTestId('assess-submit'));
    expect(await screen.findByText('确认给予 1,500.00 元临时救助？')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0); // nothing before the confirmation
    fireEvent.click(document.getElementById('assess-confirm')!);
    await waitFor(() => expect(onCompleted).toHaveBeenCalled());
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({
      url: '/api/tasks/task-1/tempaid-assess',
      body: { decision: 'GRANT', amount: 1500 },
    });
  });

  it('records the payment of the granted amount', async () => {
    const calls = stubApi();
    const onCompleted = vi.fn();
    const granted = aid({ status: 'AWAITING_PAYMENT', amountGranted: 1500, decidedLevel: 'STREET', taskKey: 'recordPayment' });
    renderInApp(<PaymentForm task={task('app:tempaid-payment')} onCompleted={onCompleted} />, {
      user: clerk,
      data: [
        [tempaidKeys.subject('task-1'), { formKey: 'app:tempaid-payment', application: granted }],
        [tempaidKeys.ledger(7, 2026), ledger],
      ],
    });
    fireEvent.change(await screen.findByTestId('pay-reference'), { target: { value: 'YH001' } });
    fireEvent.click(screen.getByTestId('pay-submit'));
    fireEvent.click(await waitFor(() => document.getElementById('pay-confirm')!));
    await waitFor(() => expect(onCompleted).toHaveBeenCalled());
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({
      url: '/api/tasks/task-1/tempaid-payment',
      body: { amount: 1500, method: 'BANK_TRANSFER', reference: 'YH001' },
    });
  });
});

describe('the recognition import', () => {
  it('is for the district manager and lists every bad row of a refused file', async () => {
    stubApi((c) =>
      c.url === '/api/recognitions/import'
        ? { status: 400, body: { status: 400, title: '输入有误', detail: '有 1 处错误', errors: [{ field: '第3行 身份证号', message: '身份证号码应为18位。' }] } }
        : undefined,
    );
    renderInApp(<ImportPage />, { user: manager });
    const file = new File(['x'], '名单.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    fireEvent.change(screen.getByTestId('recognition-file'), { target: { files: [file] } });
    fireEvent.click(screen.getByTestId('recognition-submit'));
    fireEvent.click(await waitFor(() => document.getElementById('recognition-confirm')!));
    expect((await screen.findByTestId('recognition-errors')).textContent).toContain('第3行 身份证号：身份证号码应为18位。');
  });

  it('shows each row’s result', async () => {
    const report: ImportReport = { totalRows: 2, recorded: 1, leadsCreated: 1, alreadyRecorded: 0, rows: [
      { row: 2, name: '甲', maskedIdNumber: '3601**', villageName: '白沙村', category: 'DIBAO', recognisedOn: '2026-06-01', outcome: 'RECORDED', caseNo: null },
      { row: 3, name: '乙', maskedIdNumber: '3601**', villageName: '白沙村', category: 'TEKUN', recognisedOn: '2026-06-01', outcome: 'LEAD_CREATED', caseNo: 'SA-2026-000009' },
    ] };
    stubApi((c) => (c.url === '/api/recognitions/import' ? { status: 200, body: report } : undefined));
    renderInApp(<ImportPage />, { user: manager });
    fireEvent.change(screen.getByTestId('recognition-file'), { target: { files: [new File(['x'], 'a.xlsx')] } });
    fireEvent.click(screen.getByTestId('recognition-submit'));
    fireEvent.click(await waitFor(() => document.getElementById('recognition-confirm')!));
    expect((await screen.findByTestId('recognition-done')).textContent).toContain('新建线索 1 人');
    expect(screen.getByText('新建线索')).toBeTruthy();
    expect(screen.getByText('特困')).toBeTruthy();
  });

  it('is forbidden to a street clerk', () => {
    stubApi();
    renderInApp(<ImportPage />, { user: clerk });
    expect(screen.getByTestId('recognition-forbidden')).toBeTruthy();
  });
});
