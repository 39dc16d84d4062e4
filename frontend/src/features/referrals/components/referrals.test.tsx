import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import '@/i18n';
import { referralTaskForms } from '../task-forms';
import type { CurrentUser } from '@/lib/auth/types';
import type { DomainTask } from '@/lib/task-forms';
import { renderInApp } from '@/test/render-with-app';
import { stubApi } from '@/test/stub-api';
import { referralKeys } from '../api/use-referrals';
import type { BatchView, EligibleRow, ItemView, TaskSubject } from '../types';
import { BatchPage } from './BatchPages';
import { EligiblePage } from './EligiblePage';

vi.setConfig({ testTimeout: 30_000 });

const clerk: CurrentUser = {
  username: 'street001',
  displayName: '周敏',
  email: null,
  roles: ['STREET_CLERK'],
  orgCode: '360199001',
  orgName: '城关街道',
  orgLevel: 'STREET',
};
const charity: CurrentUser = {
  username: 'charity1',
  displayName: '罗晓',
  email: null,
  roles: ['CHARITY_STAFF'],
  orgCode: 'C360199001',
  orgName: '青山区慈善总会',
  orgLevel: 'CHARITY',
};
const manager: CurrentUser = { ...clerk, username: 'manager', roles: ['DISTRICT_MANAGER'], orgCode: '360199', orgLevel: 'DISTRICT' };

const row = (caseNo: string, name: string, over: Partial<EligibleRow> = {}): EligibleRow => ({
  caseNo,
  recipientName: name,
  villageCode: '360199001001',
  villageName: '城东社区',
  recipientCategory: 2,
  age: 71,
  phoneMasked: '138****0000',
  consentStatus: 'GIVEN',
  consent: null,
  openReferral: null,
  lastOutcome: null,
  ...over,
});

const item = (id: number, name: string, over: Partial<ItemView> = {}): ItemView => ({
  id,
  caseNo: null,
  recipientName: name,
  villageCode: '360199001001',
  villageName: '城东社区',
  age: 71,
  recipientCategory: 2,
  phone: null,
  address: null,
  status: 'PENDING',
  declineReason: null,
  respondedAt: null,
  respondedBy: null,
  outcome: null,
  outcomeReason: null,
  outcomeNote: null,
  closedAt: null,
  closedBy: null,
  firstActivityOn: null,
  lastActivityOn: null,
  activityCount: 0,
  daysToFirstActivity: null,
  planId: null,
  ...over,
});

const batch = (over: Partial<BatchView> = {}): BatchView => ({
  batchNo: 'ZJ202611001',
  charityCode: 'C360199001',
  charityName: '青山区慈善总会',
  originCode: '360199001',
  originName: '城关街道',
  status: 'RESPONDING',
  persons: 2,
  pending: 2,
  accepted: 0,
  declined: 0,
  closed: 0,
  sentAt: '2026-11-20T09:00:00+08:00',
  sentBy: 'street001',
  agreedAt: null,
  closedAt: null,
  planRound: 0,
  openWarnings: 0,
  taskId: null,
  taskName: null,
  taskFormKey: null,
  note: null,
  items: [item(1, '甲'), item(2, '乙')],
  plans: [],
  approvals: [],
  activities: [],
  warnings: [],
  ...over,
});

const task = (formKey: string): DomainTask => ({ id: 'task-5', businessKey: 'ZJ202611001', activityId: 'a', formKey, assignedToMe: true, claimable: false });
const posts = (calls: ReturnType<typeof stubApi>) => calls.filter((c) => c.method === 'POST');

describe('eligible recipients (street office)', () => {
  it('lets only people with consent be selected and shows why a batch is refused', async () => {
    const rows = [row('SA-2026-000001', '有同意'), row('SA-2026-000002', '无同意', { consentStatus: 'NONE' })];
    const calls = stubApi((c) => {
      if (c.url === '/api/referrals/charities') return { status: 200, body: [{ code: 'C360199001', name: '青山区慈善总会' }] };
      if (c.method === 'POST' && c.url === '/api/referrals')
        return { status: 409, body: { status: 409, title: 'Conflict', detail: '以下人员未登记同意转介，不能发送：有同意（SA-2026-000001）' } };
      return undefined;
    });
    renderInApp(<EligiblePage />, { user: clerk, data: [[referralKeys.eligible({}), rows]] });
    expect(screen.getByTestId('consent-status-SA-2026-000002').textContent).toBe('未登记同意');
    expect(screen.getByTestId<HTMLInputElement>('eligible-select-SA-2026-000002').disabled).toBe(true);
    expect((screen.getByTestId('referral-send-open') as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(screen.getByTestId('eligible-select-SA-2026-000001'));
    fireEvent.click(screen.getByTestId('referral-send-open'));
    fireEvent.click(await screen.findByTestId('referral-send-submit'));
    expect(await screen.findByText('请选择慈善组织')).toBeTruthy();
    expect(posts(calls)).toEqual([]);
    fireEvent.click(await screen.findByTestId('referral-charity-C360199001'));
    fireEvent.click(screen.getByTestId('referral-send-submit'));
    await waitFor(() => expect(screen.getByTestId('referral-send-error').textContent).toContain('未登记同意转介'));
    expect(posts(calls)[0]!.body).toEqual({ charityCode: 'C360199001', caseNos: ['SA-2026-000001'] });
  });
});

describe('charity response task', () => {
  it('needs a decision for everyone and a reason for each decline', async () => {
    const Form = referralTaskForms['app:referral-response']!;
    const calls = stubApi();
    const onCompleted = vi.fn();
    const subject: TaskSubject = { formKey: 'app:referral-response', batch: batch(), warnings: [] };
    renderInApp(<Form task={task('app:referral-response')} onCompleted={onCompleted} />, {
      user: charity,
      data: [[referralKeys.subject('task-5'), subject]],
    });
    fireEvent.click(screen.getByTestId('response-accept-1'));
    fireEvent.click(screen.getByTestId('response-submit'));
    expect((await screen.findByTestId('response-pending')).textContent).toContain('1');
    fireEvent.click(screen.getByTestId('response-decline-2'));
    fireEvent.click(screen.getByTestId('response-submit'));
    expect(await screen.findByText('请填写原因')).toBeTruthy();
    expect(posts(calls)).toEqual([]);
    fireEvent.change(screen.getByTestId('response-reason-2'), { target: { value: '不在服务区域' } });
    fireEvent.click(screen.getByTestId('response-submit'));
    await waitFor(() => expect(onCompleted).toHaveBeenCalledTimes(1));
    expect(posts(calls)[0]).toMatchObject({
      url: '/api/tasks/task-5/referral-response',
      body: { decisions: [{ itemId: 1, accept: true }, { itemId: 2, accept: false, reason: '不在服务区域' }] },
    });
  });
});

describe('plan review task (district)', () => {
  it('shows the return loop and requires a comment to return', async () => {
    const Form = referralTaskForms['app:referral-plan-review']!;
    const calls = stubApi();
    const onCompleted = vi.fn();
    const b = batch({
      status: 'REVIEW',
      items: [item(1, '甲', { status: 'ACCEPTED', planId: 9 })],
      plans: [
        { id: 9, itemId: null, recipientName: null, contents: ['VISIT'], scheduleFrom: '2026-11-20', scheduleTo: '2026-12-31', budget: 500, responsiblePerson: '罗晓', responsiblePhone: null, description: null, version: 2, status: 'SUBMITTED', updatedAt: '2026-11-21T09:00:00+08:00', updatedBy: 'charity1', submittedAt: '2026-11-21T09:00:00+08:00', agreedAt: null, agreedBy: null },
      ],
      approvals: [
        { round: 1, action: 'SUBMITTED', comment: null, actor: 'charity1', actorName: '李干部', at: '2026-11-20T10:00:00+08:00' },
        { round: 1, action: 'RETURNED', comment: '预算偏低', actor: 'manager', actorName: '李干部', at: '2026-11-20T15:00:00+08:00' },
        { round: 2, action: 'SUBMITTED', comment: null, actor: 'charity1', actorName: '李干部', at: '2026-11-21T09:00:00+08:00' },
      ],
    });
    renderInApp(<Form task={task('app:referral-plan-review')} onCompleted={onCompleted} />, {
      user: manager,
      data: [[referralKeys.subject('task-5'), { formKey: 'app:referral-plan-review', batch: b, warnings: [] }]],
    });
    expect(screen.getByTestId('review-history').textContent).toContain('预算偏低');
    expect(screen.getByTestId('plan-status-9').textContent).toBe('待审核');
    fireEvent.click(screen.getByTestId('review-return'));
    fireEvent.click(screen.getByTestId('review-return-submit'));
    expect(await screen.findByText('退回须填写意见')).toBeTruthy();
    expect(posts(calls)).toEqual([]);
    fireEvent.change(screen.getByTestId('review-comment'), { target: { value: '请补充走访频次' } });
    fireEvent.click(screen.getByTestId('review-return-submit'));
    await waitFor(() => expect(onCompleted).toHaveBeenCalledTimes(1));
    expect(posts(calls)[0]).toMatchObject({ url: '/api/tasks/task-5/referral-plan-review', body: { agree: false, comment: '请补充走访频次' } });
  });
});

describe('batch page (charity)', () => {
  it('offers activities only once the plan is agreed, and shows a refusal', async () => {
    stubApi();
    const planning = batch({ status: 'PLANNING', items: [item(1, '甲', { status: 'ACCEPTED' })] });
    const first = renderInApp(<BatchPage />, {
      user: charity,
      path: '/referrals/ZJ202611001',
      route: '/referrals/:batchNo',
      data: [[referralKeys.batch('ZJ202611001'), planning]],
    });
    expect(screen.queryByTestId('activity-open-1')).toBeNull();
    expect(document.body.textContent).toContain('方案经区民政局同意后方可实施');
    first.unmount();

    const calls = stubApi((c) =>
      c.method === 'POST' ? { status: 409, body: { status: 409, title: 'Conflict', detail: '帮扶方案尚未同意，不能记录活动' } } : undefined,
    );
    const running = batch({ status: 'RUNNING', items: [item(1, '甲', { status: 'ACCEPTED', planId: 9 })], plans: [] });
    renderInApp(<BatchPage />, {
      user: charity,
      path: '/referrals/ZJ202611001',
      route: '/referrals/:batchNo',
      data: [[referralKeys.batch('ZJ202611001'), running]],
    });
    fireEvent.click(screen.getByTestId('activity-open-1'));
    fireEvent.click(await screen.findByTestId('activity-kind-VISIT'));
    fireEvent.change(screen.getByTestId('activity-description'), { target: { value: '上门慰问' } });
    fireEvent.click(screen.getByTestId('activity-submit'));
    await waitFor(() => expect(screen.getByTestId('activity-error').textContent).toContain('尚未同意'));
    expect(posts(calls)[0]).toMatchObject({ url: '/api/referrals/ZJ202611001/activities', body: { itemId: 1, kind: 'VISIT', description: '上门慰问' } });
  });
});
