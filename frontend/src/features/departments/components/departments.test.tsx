import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import '@/i18n';
import i18n from '@/i18n';
import type { CurrentUser } from '@/lib/auth/types';
import type { DomainTask } from '@/lib/task-forms';
import { renderInApp } from '@/test/render-with-app';
import { stubApi } from '@/test/stub-api';
import { departmentKeys } from '../api/use-departments';
import { departmentsEn, departmentsZh } from '../i18n';
import { departmentTaskForms } from '../task-forms';
import type { DepartmentReferralRow, DepartmentReferralView } from '../types';
import { DepartmentReferralPage, DepartmentReferralsPage } from './ReferralPages';

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
const staff: CurrentUser = { ...clerk, username: 'dept-med', displayName: '蒋涛', roles: ['DEPARTMENT_STAFF'], orgCode: 'D36019901', orgLevel: 'DEPARTMENT' };
const provider: CurrentUser = { ...clerk, username: 'provider1', roles: ['PROVIDER_STAFF'], orgCode: 'P360199001', orgLevel: 'PROVIDER' };

const row = (no: string, over: Partial<DepartmentReferralRow> = {}): DepartmentReferralRow => ({
  referralNo: no,
  personName: '王秀英',
  villageCode: '360199003004',
  villageName: '高岭村',
  departmentName: '青山区医疗保障局',
  kind: 'MEDICAL_INSURANCE',
  source: 'ONE_DOOR',
  matter: '住院费用自付部分过高',
  status: 'ACCEPTED',
  requestedAt: '2026-09-21T02:00:00Z',
  dueOn: '2026-10-19',
  overdue: false,
  closedAt: null,
  ...over,
});

const view = (over: Partial<DepartmentReferralView> = {}): DepartmentReferralView => ({
  referralNo: 'BM2026000001',
  personName: '王秀英',
  villageCode: '360199003004',
  villageName: '高岭村',
  departmentCode: 'D36019901',
  departmentName: '青山区医疗保障局',
  kind: 'MEDICAL_INSURANCE',
  source: 'CARE_PROBLEM',
  matter: '住院费用自付部分过高',
  status: 'REQUESTED',
  requestedByName: '郑丹',
  requestedAt: '2026-09-21T02:00:00Z',
  acceptedAt: null,
  dueOn: null,
  overdue: false,
  closedAt: null,
  summary: null,
  steps: [{ at: '2026-09-21T02:00:00Z', step: 'REQUESTED', actorName: '郑丹', detail: '转办青山区医疗保障局：住院费用自付部分过高' }],
  ...over,
});

const task = (formKey: string): DomainTask => ({ id: 'task-7', businessKey: 'BM2026000001', activityId: 'a', formKey, assignedToMe: true, claimable: false });

describe('department referral strings', () => {
  it('has every Chinese key in English', () => {
    const keys = (o: object, p = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [`${p}${k}`] : keys(v as object, `${p}${k}.`)));
    expect(keys(departmentsEn)).toEqual(keys(departmentsZh));
  });
});

describe('department referral pages', () => {
  it('lists referrals with status, overdue mark and a link to the detail', () => {
    stubApi();
    renderInApp(<DepartmentReferralsPage />, {
      user: clerk,
      data: [[departmentKeys.list({ page: 0, size: 20 }), { items: [row('BM2026000001', { overdue: true }), row('BM2026000002', { status: 'RETURNED', dueOn: null })], total: 2, page: 0, size: 20 }]],
    });
    expect(screen.getByTestId('department-referral-row-BM2026000001').textContent).toContain('办理中');
    expect(screen.getByTestId('department-referral-row-BM2026000001').textContent).toContain('超期');
    expect(screen.getByTestId('department-referral-row-BM2026000002').textContent).toContain('已退回');
    expect(screen.getByTestId('department-referral-open-BM2026000001').getAttribute('href')).toBe('/departments/referrals/BM2026000001');
    expect(document.body.textContent).not.toContain('street003');
  });

  it('shows the history of steps on the detail page, in English too', async () => {
    stubApi();
    await i18n.changeLanguage('en');
    try {
      renderInApp(<DepartmentReferralPage />, {
        user: clerk,
        path: '/departments/referrals/BM2026000001',
        route: '/departments/referrals/:referralNo',
        data: [[departmentKeys.detail('BM2026000001'), view({ status: 'RESOLVED', summary: '已纳入医疗救助', steps: [
          ...view().steps,
          { at: '2026-09-22T02:00:00Z', step: 'ACCEPTED', actorName: '蒋涛', detail: null },
          { at: '2026-10-12T07:00:00Z', step: 'RESOLVED', actorName: '蒋涛', detail: '已办结：已纳入医疗救助' },
        ] })]],
      });
      expect(screen.getByTestId('department-referral-status').textContent).toBe('Resolved');
      expect(screen.getByTestId('department-step-ACCEPTED').textContent).toContain('Accepted');
      expect(screen.getByTestId('department-referral-result').textContent).toBe('已纳入医疗救助');
      expect(document.body.textContent).toContain('Problem found on a visit');
    } finally {
      await i18n.changeLanguage('zh');
    }
  });

  it('refuses users who do not read referrals', () => {
    stubApi();
    renderInApp(<DepartmentReferralsPage />, { user: provider });
    expect(screen.getByTestId('departments-forbidden')).toBeTruthy();
  });
});

describe('department task screens', () => {
  it('accepts at once, but returns only with a reason and after confirmation', async () => {
    const calls = stubApi();
    const onCompleted = vi.fn();
    const Form = departmentTaskForms['app:department-accept'];
    renderInApp(<Form task={task('app:department-accept')} onCompleted={onCompleted} />, {
      user: staff,
      data: [[departmentKeys.subject('task-7'), view()]],
    });
    fireEvent.click(screen.getByTestId('department-accept-no'));
    expect((screen.getByTestId('department-return-submit') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByTestId('department-return-reason'), { target: { value: '属住房困难，请转住建部门' } });
    fireEvent.click(screen.getByTestId('department-return-submit'));
    fireEvent.click(await screen.findByTestId('department-confirm-ok'));
    await waitFor(() => expect(onCompleted).toHaveBeenCalled());
    expect(calls.filter((c) => c.method === 'POST')).toEqual([
      { method: 'POST', url: '/api/tasks/task-7/department-accept', body: { accept: false, reason: '属住房困难，请转住建部门' } },
    ]);
  });

  it('submits the result after confirmation and shows a refusal', async () => {
    const calls = stubApi((c) =>
      c.method === 'POST' ? { status: 409, body: { status: 409, title: 'Conflict', detail: '该任务已办结，不能重复办理。' } } : undefined,
    );
    const onCompleted = vi.fn();
    const Form = departmentTaskForms['app:department-feedback'];
    renderInApp(<Form task={task('app:department-feedback')} onCompleted={onCompleted} />, {
      user: staff,
      data: [[departmentKeys.subject('task-7'), view({ status: 'ACCEPTED', dueOn: '2026-10-19' })]],
    });
    fireEvent.click(screen.getByTestId('department-resolved-no'));
    fireEvent.change(screen.getByTestId('department-feedback-summary'), { target: { value: '不符合条件，已告知申请临时救助' } });
    fireEvent.click(screen.getByTestId('department-feedback-submit'));
    fireEvent.click(await screen.findByTestId('department-confirm-ok'));
    expect((await screen.findByTestId('department-task-error')).textContent).toContain('已办结');
    expect(onCompleted).not.toHaveBeenCalled();
    expect(calls.filter((c) => c.method === 'POST')[0].body).toEqual({ resolved: false, summary: '不符合条件，已告知申请临时救助' });
  });
});
