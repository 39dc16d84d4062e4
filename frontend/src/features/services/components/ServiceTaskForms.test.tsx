import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import '@/i18n';
import { serviceTaskForms } from '../task-forms';
import type { DomainTask } from '@/lib/task-forms';
import { renderInApp } from '@/test/render-with-app';
import { stubApi } from '@/test/stub-api';
import { serviceKeys } from '../api/use-services';
import { clerk, deliveryRow, domainTask, officer, orderView, posts } from '../test-fixtures';
import type { Candidate, DeliveryRow, OrderView, TaskSubject } from '../types';

vi.setConfig({ testTimeout: 30_000 });


const delivery: DeliveryRow = deliveryRow({
  id: 11,
  orderNo: 'GD2026000002',
  recipientName: '刘福生',
  serviceDate: '2026-10-12',
  notes: '打扫厨房',
  status: 'CONFIRMED',
  confirmedAt: '2026-10-12T10:05:00+08:00',
  confirmMethod: 'PIN',
  confirmedBy: 'provider1',
});

const order: OrderView = orderView({
  orderNo: 'GD2026000002',
  caseNo: 'SA-2026-000002',
  recipientName: '刘福生',
  unitPrice: null,
  providerCode: null,
  providerName: null,
  status: 'UNASSIGNED',
  offeredAt: null,
  acceptedAt: null,
  cardNoMasked: 'FW36****0002',
  taskId: 'task-5',
});

const task = (formKey: string): DomainTask => domainTask(formKey, { id: 'task-5', businessKey: 'SA-2026-000002' });


describe('spot-check task', () => {
  const subject: TaskSubject = {
    formKey: 'app:spot-check',
    order: null,
    statement: null,
    spotCheck: {
      id: 3,
      month: '2026-10',
      status: 'OPEN',
      method: null,
      note: null,
      checkedBy: null,
      checkedAt: null,
      taskId: 'task-5',
      providerName: '城关居家养老服务中心',
      delivery,
    },
  };

  it('shows the delivery, requires a note when the check fails and posts the result', async () => {
    const Form = serviceTaskForms['app:spot-check']!;
    const calls = stubApi();
    const onCompleted = vi.fn();
    renderInApp(<Form task={task('app:spot-check')} onCompleted={onCompleted} />, {
      user: officer,
      data: [[serviceKeys.subject('task-5'), subject]],
    });
    expect(screen.getByText('城关居家养老服务中心')).toBeTruthy();
    fireEvent.click(screen.getByTestId('spot-check-failed'));
    fireEvent.click(screen.getByText('电话核查'));
    fireEvent.click(screen.getByTestId('spot-check-submit'));
    expect(await screen.findByText('核查不属实时须填写说明')).toBeTruthy();
    expect(posts(calls)).toEqual([]);
    fireEvent.change(screen.getByTestId('spot-check-note'), { target: { value: '老人说当天无人上门' } });
    fireEvent.click(screen.getByTestId('spot-check-submit'));
    await waitFor(() => expect(onCompleted).toHaveBeenCalledTimes(1));
    expect(posts(calls)[0]).toMatchObject({
      url: '/api/tasks/task-5/spot-check',
      body: { passed: false, method: 'PHONE', note: '老人说当天无人上门' },
    });
  });

  it('passes without a note', async () => {
    const Form = serviceTaskForms['app:spot-check']!;
    const calls = stubApi();
    const onCompleted = vi.fn();
    renderInApp(<Form task={task('app:spot-check')} onCompleted={onCompleted} />, {
      user: officer,
      data: [[serviceKeys.subject('task-5'), subject]],
    });
    fireEvent.click(screen.getByTestId('spot-check-passed'));
    fireEvent.click(screen.getByTestId('spot-check-submit'));
    await waitFor(() => expect(onCompleted).toHaveBeenCalledTimes(1));
    expect(posts(calls)[0]!.body).toEqual({ passed: true, method: 'VISIT' });
  });
});

describe('order provider task', () => {
  it('offers the providers under contract and posts the choice', async () => {
    const Form = serviceTaskForms['app:order-provider']!;
    const calls = stubApi();
    const onCompleted = vi.fn();
    const candidates: Candidate[] = [
      { providerCode: 'P360199001', providerName: '城关居家养老服务中心', contractNo: 'HT2026001', unitPrice: 35 },
      { providerCode: 'P360199002', providerName: '东湖颐养服务社', contractNo: 'HT2026002', unitPrice: 38 },
    ];
    renderInApp(<Form task={task('app:order-provider')} onCompleted={onCompleted} />, {
      user: clerk,
      data: [
        [serviceKeys.subject('task-5'), { formKey: 'app:order-provider', order, spotCheck: null, statement: null }],
        [serviceKeys.candidates(order.orderNo), candidates],
      ],
    });
    fireEvent.click(screen.getByTestId('order-provider-submit'));
    expect(await screen.findByText('请选择服务机构')).toBeTruthy();
    expect(posts(calls)).toEqual([]);
    fireEvent.click(screen.getByTestId('order-provider-option-P360199002'));
    fireEvent.click(screen.getByTestId('order-provider-submit'));
    await waitFor(() => expect(onCompleted).toHaveBeenCalledTimes(1));
    expect(posts(calls)[0]).toMatchObject({ url: '/api/tasks/task-5/order-provider', body: { providerCode: 'P360199002' } });
  });
});
