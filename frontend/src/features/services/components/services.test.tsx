import { describe, expect, it, vi } from 'vitest';
import { typeInPicker } from '@/test/pickers';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import '@/i18n';
import { serviceTaskForms } from '../task-forms';
import type { DomainTask } from '@/lib/task-forms';
import { renderInApp } from '@/test/render-with-app';
import { blobText, stubApi } from '@/test/stub-api';
import { serviceKeys } from '../api/use-services';
import { monthInShanghai, todayInShanghai } from '@/lib/dates';
import { lastEndedMonth } from '../lib/dates';
import { clerk, deliveryRow, domainTask, orderRow, orderView, posts, staff } from '../test-fixtures';
import type { DeliveryRow, OrderRow, OrderView, StatementRow, TaskSubject, Today } from '../types';
import { StatementsPage } from './StatementsPage';
import { TodayPage } from './TodayPage';

vi.setConfig({ testTimeout: 30_000 });


const order: OrderRow = orderRow();
const orderViewed: OrderView = orderView();

const delivery: DeliveryRow = deliveryRow();

const task = (formKey: string): DomainTask => domainTask(formKey);

const statement: StatementRow = {
  statementNo: 'JS2026110001',
  kind: 'PROVIDER',
  partyCode: 'P360199001',
  partyName: '城关居家养老服务中心',
  streetCode: '360199001',
  streetName: '城关街道',
  month: lastEndedMonth(),
  status: 'DRAFT',
  lineCount: 2,
  totalAmount: 70,
  submittedAt: null,
  approvedAt: null,
  approverName: null,
  approvalComment: null,
  taskId: null,
  supplementNo: 0,
  deductionCount: 0,
  deductionAmount: 0,
};


describe('today page (provider staff on a phone)', () => {
  const today: Today = { orders: [order], deliveries: [delivery] };

  it('registers the recipient by card number', async () => {
    const calls = stubApi((c) =>
      c.method === 'POST' && c.url === '/api/services/registrations'
        ? { status: 200, body: [{ ...order, registered: true }] }
        : c.url === '/api/services/today'
          ? { status: 200, body: today }
          : undefined,
    );
    renderInApp(<TodayPage />, { user: staff, data: [[serviceKeys.today, today]] });
    fireEvent.click(screen.getByTestId('registration-submit'));
    expect(await screen.findByText('请输入服务卡号')).toBeTruthy();
    expect(posts(calls)).toEqual([]);

    fireEvent.change(screen.getByTestId('registration-card-no'), { target: { value: ' FW3601990010001 ' } });
    fireEvent.click(screen.getByTestId('registration-submit'));
    await waitFor(() => expect(document.body.textContent).toContain('登记成功'));
    expect(posts(calls)[0]).toMatchObject({ url: '/api/services/registrations', body: { cardNo: 'FW3601990010001' } });
  });

  it('posts a delivery as multipart and shows a refusal with its reason', async () => {
    const calls = stubApi((c) =>
      c.method === 'POST' && c.url === '/api/services/deliveries'
        ? { status: 409, body: { status: 409, title: 'Conflict', detail: '该服务人员在此时间段已有服务记录' } }
        : undefined,
    );
    renderInApp(<TodayPage />, { user: staff, data: [[serviceKeys.today, today]] });
    fireEvent.click(screen.getByTestId(`record-delivery-${order.orderNo}`));
    expect(screen.getByTestId<HTMLInputElement>('delivery-date').value).toBe(todayInShanghai());

    typeInPicker(screen.getByTestId('delivery-start'), '10:00');
    typeInPicker(screen.getByTestId('delivery-end'), '09:30');
    fireEvent.click(screen.getByTestId('delivery-submit'));
    await waitFor(() => expect(screen.getByTestId('delivery-error').textContent).toContain('结束时间须晚于开始时间'));
    expect(posts(calls)).toEqual([]);

    typeInPicker(screen.getByTestId('delivery-end'), '11:00');
    fireEvent.change(screen.getByTestId('delivery-notes'), { target: { value: '打扫厨房' } });
    const photo = new File([new Uint8Array([1, 2, 3])], 'door.jpg', { type: 'image/jpeg' });
    fireEvent.change(screen.getByTestId('delivery-photo'), { target: { files: [photo] } });
    fireEvent.click(screen.getByTestId('delivery-submit'));
    await waitFor(() =>
      expect(screen.getByTestId('delivery-error').textContent).toContain('该服务人员在此时间段已有服务记录'),
    );
    const sent = posts(calls)[0]!.body as FormData;
    expect(sent).toBeInstanceOf(FormData);
    const json = JSON.parse(await blobText(sent.get('delivery') as Blob)) as Record<string, unknown>;
    expect(json).toEqual({ orderNo: order.orderNo, serviceDate: todayInShanghai(), startTime: '10:00', endTime: '11:00', notes: '打扫厨房' });
    expect((sent.get('photo') as File).name).toBe('door.jpg');
  });

  it('lets the recipient confirm with the PIN and shows a wrong PIN in the dialog', async () => {
    let attempts = 0;
    const calls = stubApi((c) => {
      if (c.method === 'POST' && c.url === `/api/services/deliveries/${delivery.id}/confirm`) {
        attempts += 1;
        return attempts === 1
          ? { status: 400, body: { status: 400, title: 'Bad Request', detail: '服务卡密码不正确' } }
          : { status: 200, body: { ...delivery, status: 'CONFIRMED', confirmMethod: 'PIN' } };
      }
      return undefined;
    });
    renderInApp(<TodayPage />, { user: staff, data: [[serviceKeys.today, today]] });
    expect(screen.getByTestId(`delivery-status-${delivery.id}`).textContent).toBe('待确认');
    fireEvent.click(screen.getByTestId(`confirm-pin-${delivery.id}`));
    fireEvent.change(screen.getByTestId('confirm-pin-input'), { target: { value: '12a' } });
    fireEvent.click(screen.getByTestId('confirm-pin-submit'));
    expect((await screen.findByTestId('confirm-pin-error')).textContent).toContain('6位数字');
    expect(posts(calls)).toEqual([]);

    fireEvent.change(screen.getByTestId('confirm-pin-input'), { target: { value: '000000' } });
    fireEvent.click(screen.getByTestId('confirm-pin-submit'));
    await waitFor(() => expect(screen.getByTestId('confirm-pin-error').textContent).toContain('服务卡密码不正确'));
    fireEvent.change(screen.getByTestId('confirm-pin-input'), { target: { value: '123456' } });
    fireEvent.click(screen.getByTestId('confirm-pin-submit'));
    await waitFor(() => expect(attempts).toBe(2));
    expect(posts(calls)[1]!.body).toEqual({ method: 'PIN', pin: '123456' });
    await waitFor(() => expect(screen.queryByTestId('confirm-pin-input')).toBeNull());
  });

  it('shows why a locked card refuses the PIN and that the officer can still confirm', async () => {
    const locked =
      '服务卡密码已连续输错5次，密码确认已锁定至14:30（北京时间），请到时再试；本次服务可由村（社区）信息员在“服务记录”中确认。';
    stubApi((c) =>
      c.method === 'POST' && c.url === `/api/services/deliveries/${delivery.id}/confirm`
        ? { status: 409, body: { status: 409, title: '操作冲突', detail: locked } }
        : undefined,
    );
    renderInApp(<TodayPage />, { user: staff, data: [[serviceKeys.today, today]] });
    fireEvent.click(screen.getByTestId(`confirm-pin-${delivery.id}`));
    fireEvent.change(screen.getByTestId('confirm-pin-input'), { target: { value: '123456' } });
    fireEvent.click(screen.getByTestId('confirm-pin-submit'));
    await waitFor(() => expect(screen.getByTestId('confirm-pin-error').textContent).toBe(locked));
    expect(screen.getByTestId('confirm-pin-input')).toBeTruthy();
  });

  it('is not for officials', () => {
    stubApi();
    renderInApp(<TodayPage />, { user: clerk });
    expect(screen.getByTestId('services-forbidden')).toBeTruthy();
  });
});

describe('order response task', () => {
  const subject: TaskSubject = { formKey: 'app:order-response', order: { ...orderViewed, status: 'OFFERED' }, spotCheck: null, statement: null };

  it('requires a reason to decline and posts it', async () => {
    const Form = serviceTaskForms['app:order-response']!;
    const calls = stubApi();
    const onCompleted = vi.fn();
    renderInApp(<Form task={task('app:order-response')} onCompleted={onCompleted} />, {
      user: staff,
      data: [[serviceKeys.subject('task-9'), subject]],
    });
    fireEvent.click(screen.getByTestId('order-response-decline'));
    fireEvent.click(screen.getByTestId('order-response-decline-submit'));
    expect(await screen.findByText('拒单须填写原因')).toBeTruthy();
    expect(posts(calls)).toEqual([]);
    fireEvent.change(screen.getByTestId('order-response-reason'), { target: { value: ' 人手不足 ' } });
    fireEvent.click(screen.getByTestId('order-response-decline-submit'));
    await waitFor(() => expect(onCompleted).toHaveBeenCalledTimes(1));
    expect(posts(calls)[0]).toMatchObject({ url: '/api/tasks/task-9/order-response', body: { accept: false, reason: '人手不足' } });
  });

  it('accepts with one tap', async () => {
    const Form = serviceTaskForms['app:order-response']!;
    const calls = stubApi();
    const onCompleted = vi.fn();
    renderInApp(<Form task={task('app:order-response')} onCompleted={onCompleted} />, {
      user: staff,
      data: [[serviceKeys.subject('task-9'), subject]],
    });
    fireEvent.click(screen.getByTestId('order-response-accept'));
    await waitFor(() => expect(onCompleted).toHaveBeenCalledTimes(1));
    expect(posts(calls)[0]!.body).toEqual({ accept: true });
  });
});

const serviceLine = { type: 'SERVICE' as const, deliveryId: 1, month: '2026-11', reason: null, originalStatementNo: null };

describe('statement review task', () => {
  it('shows the lines and the export, and requires a comment to return', async () => {
    const Form = serviceTaskForms['app:statement-review']!;
    const calls = stubApi();
    const onCompleted = vi.fn();
    const subject: TaskSubject = {
      formKey: 'app:statement-review',
      order: null,
      spotCheck: null,
      statement: {
        statement: { ...statement, status: 'SUBMITTED' },
        lines: [
          { date: '2026-11-03', recipientName: '张桂英', itemName: '清洁卫生', startTime: '09:00', endTime: '10:00', minutes: 60, quantity: 1, unitPrice: 35, amount: 35, staffName: '孙师傅', confirmMethod: 'PIN', ...serviceLine },
          { date: '2026-11-10', recipientName: '刘福生', itemName: '清洁卫生', startTime: '09:00', endTime: '10:00', minutes: 60, quantity: 1, unitPrice: 35, amount: 35, staffName: '孙师傅', confirmMethod: 'OFFICER', ...serviceLine },
        ],
      },
    };
    renderInApp(<Form task={task('app:statement-review')} onCompleted={onCompleted} />, {
      user: clerk,
      data: [[serviceKeys.subject('task-9'), subject]],
    });
    expect(screen.getAllByTestId('statement-line')).toHaveLength(2);
    expect(screen.getByTestId('statement-review-export').getAttribute('href')).toBe(
      '/api/services/statements/JS2026110001/export',
    );
    fireEvent.click(screen.getByTestId('statement-review-return'));
    fireEvent.click(screen.getByTestId('statement-review-return-submit'));
    expect(await screen.findByText('退回须填写意见')).toBeTruthy();
    expect(posts(calls)).toEqual([]);
    fireEvent.change(screen.getByTestId('statement-review-comment'), { target: { value: '11月10日记录缺照片' } });
    fireEvent.click(screen.getByTestId('statement-review-return-submit'));
    await waitFor(() => expect(onCompleted).toHaveBeenCalledTimes(1));
    expect(posts(calls)[0]).toMatchObject({
      url: '/api/tasks/task-9/statement-review',
      body: { approve: false, comment: '11月10日记录缺照片' },
    });
  });
});

describe('statements page', () => {
  it('builds the last ended month for the provider and submits a draft after confirming', async () => {
    const month = lastEndedMonth();
    const calls = stubApi((c) => {
      if (c.method === 'POST' && c.url === '/api/services/statements') return { status: 200, body: [statement] };
      if (c.method === 'POST') return { status: 200, body: { ...statement, status: 'SUBMITTED' } };
      if (c.url.startsWith('/api/services/statements')) return { status: 200, body: [statement] };
      return undefined;
    });
    renderInApp(<StatementsPage />, { user: staff, data: [[serviceKeys.statements(month), [statement]]] });
    expect(screen.getByTestId<HTMLInputElement>('statement-month').value).toBe(month);
    // The running month is not offered: the picker stops at the last ended one.
    typeInPicker(screen.getByTestId('statement-month'), monthInShanghai());
    // (the running month typed in is refused: the statement below is still built for the last ended one)
    expect(screen.getByTestId(`statement-status-${statement.statementNo}`).textContent).toBe('草稿');
    expect(screen.getByTestId(`statement-total-${statement.statementNo}`).textContent).toBe('70.00');
    fireEvent.click(screen.getByTestId('statement-generate'));
    await waitFor(() => expect(posts(calls)).toHaveLength(1));
    expect(posts(calls)[0]!.body).toEqual({ month, kind: 'PROVIDER' });
    fireEvent.click(screen.getByTestId(`statement-submit-${statement.statementNo}`));
    expect(await screen.findByText('提交后由街道(镇)审核，审核期间不能修改。确认提交？')).toBeTruthy();
    expect(posts(calls)).toHaveLength(1);
    fireEvent.click(screen.getByTestId('statement-submit-confirm'));
    await waitFor(() => expect(posts(calls)).toHaveLength(2));
    expect(posts(calls)[1]!.url).toBe('/api/services/statements/JS2026110001/submit');
  });

  it('offers no submit to the street office, which reviews instead', () => {
    const month = lastEndedMonth();
    stubApi();
    renderInApp(<StatementsPage />, { user: clerk, data: [[serviceKeys.statements(month), [statement]]] });
    expect(screen.getByTestId(`statement-row-${statement.statementNo}`)).toBeTruthy();
    expect(screen.queryByTestId(`statement-submit-${statement.statementNo}`)).toBeNull();
  });
});

describe('supplements and deductions', () => {
  const supplement: StatementRow = {
    ...statement,
    statementNo: 'JS2026110007',
    status: 'SUBMITTED',
    supplementNo: 1,
    lineCount: 2,
    totalAmount: -10,
    deductionCount: 1,
    deductionAmount: 25,
    taskId: 'task-10',
  };
  const lines = [
    { date: '2026-11-28', recipientName: '张桂英', itemName: '清洁卫生', startTime: '09:00', endTime: '09:30', minutes: 30, quantity: 1, unitPrice: 15, amount: 15, staffName: '孙师傅', confirmMethod: 'OFFICER' as const, ...serviceLine },
    { date: '2026-10-12', recipientName: '刘福生', itemName: '助餐', startTime: '11:00', endTime: '11:20', minutes: 20, quantity: -1, unitPrice: 25, amount: -25, staffName: '孙师傅', confirmMethod: 'PIN' as const, type: 'DEDUCTION' as const, deliveryId: 812, month: '2026-10', reason: '抽查不实：受助人称当天无人上门', originalStatementNo: 'JS2026100003' },
  ];

  it('lists a supplement as such, with its deductions and the net to repay', () => {
    stubApi();
    renderInApp(<StatementsPage />, { user: clerk, data: [[serviceKeys.statements(lastEndedMonth()), [supplement]]] });
    expect(screen.getByTestId('statement-supplement-JS2026110007').textContent).toBe('补充结算单（第1次）');
    expect(screen.getByTestId('statement-total-JS2026110007').textContent).toBe('-10.00');
    expect(screen.getByTestId('statement-deductions-JS2026110007').textContent).toBe(
      '含扣减 1 条，共 25.00 元 · 净额为负，服务机构应退回 10.00 元',
    );
  });

  it('shows the deduction line with the original delivery, its month and the reason, and approves only after confirming', async () => {
    const Form = serviceTaskForms['app:statement-review']!;
    const calls = stubApi();
    const onCompleted = vi.fn();
    const subject: TaskSubject = {
      formKey: 'app:statement-review',
      order: null,
      spotCheck: null,
      statement: { statement: supplement, lines },
    };
    renderInApp(<Form task={task('app:statement-review')} onCompleted={onCompleted} />, {
      user: clerk,
      data: [[serviceKeys.subject('task-9'), subject]],
    });
    expect(screen.getAllByTestId('statement-line')).toHaveLength(2);
    expect(screen.getAllByTestId('statement-line-deduction')).toHaveLength(1);
    expect(screen.getByText('原服务记录 812 · 2026-10 · 原结算单 JS2026100003 · 抽查不实：受助人称当天无人上门')).toBeTruthy();
    expect(screen.getByTestId('statement-supplement-JS2026110007')).toBeTruthy();
    fireEvent.click(screen.getByTestId('statement-review-approve'));
    expect(await screen.findByText('审核通过后结算单锁定，不能再修改。确认通过？')).toBeTruthy();
    expect(posts(calls)).toEqual([]);
    fireEvent.click(screen.getByTestId('statement-review-approve-confirm'));
    await waitFor(() => expect(onCompleted).toHaveBeenCalledTimes(1));
    expect(posts(calls)[0]).toMatchObject({ url: '/api/tasks/task-9/statement-review', body: { approve: true } });
  });

  it('in English too', async () => {
    const { default: i18n } = await import('@/i18n');
    await i18n.changeLanguage('en');
    try {
      stubApi();
      renderInApp(<StatementsPage />, { user: clerk, data: [[serviceKeys.statements(lastEndedMonth()), [supplement]]] });
      expect(screen.getByTestId('statement-supplement-JS2026110007').textContent).toBe('Supplementary statement (no. 1)');
      expect(screen.getByTestId('statement-deductions-JS2026110007').textContent).toContain('1 deduction(s)');
    } finally {
      await i18n.changeLanguage('zh');
    }
  });
});

describe('lastEndedMonth', () => {
  it('is the month before the running one in Shanghai, across the year end and the zone', () => {
    expect(lastEndedMonth(new Date('2026-12-06T03:22:00Z'))).toBe('2026-11');
    expect(lastEndedMonth(new Date('2027-01-15T00:00:00Z'))).toBe('2026-12');
    // 31 Jan 17:00 UTC is already 1 February in Shanghai: January has ended.
    expect(lastEndedMonth(new Date('2027-01-31T17:00:00Z'))).toBe('2027-01');
    expect(lastEndedMonth(new Date('2027-01-31T15:59:00Z'))).toBe('2026-12');
  });
});
