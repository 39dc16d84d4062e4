import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import '@/i18n';
import type { CurrentUser } from '@/lib/auth/types';
import type { DomainTask } from '@/lib/task-forms';
import { renderInApp } from '@/test/render-with-app';
import { stubApi } from '@/test/stub-api';
import { meetingKeys } from '../api/meetings';
import { meetingTaskForms } from '../task-forms';
import type { AgendaItemRow, AgendaItemView } from '../types';
import { CaseMeetingPanel } from './CaseMeetingPanel';
import { MeetingPage } from './MeetingPage';

vi.setConfig({ testTimeout: 30_000 });
afterEach(() => vi.unstubAllGlobals());

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
const agency: CurrentUser = { ...clerk, username: 'agency1', roles: ['SOCIAL_WORK_AGENCY'], orgCode: 'A360199001', orgLevel: 'AGENCY' };

const row = (over: Partial<AgendaItemRow> = {}): AgendaItemRow => ({
  itemNo: 'LH202612001',
  caseNo: 'SA-2026-000123',
  personName: '吴建华',
  villageCode: '360199002002',
  villageName: '渔港村',
  need: '需要心理疏导',
  whyNotMet: '民政无此服务',
  status: 'SCHEDULED',
  listedAt: '2026-12-01T09:00:00+08:00',
  listedByName: '钱进',
  meetingNo: 'HY202612001',
  heldOn: '2026-12-03',
  decision: null,
  departmentKind: null,
  agencyCode: null,
  agencyName: null,
  decisionNote: null,
  decidedAt: null,
  returnedNote: null,
  planRound: 0,
  outcome: null,
  outcomeSummary: null,
  closedAt: null,
  taskId: null,
  taskName: null,
  taskFormKey: null,
  ...over,
});

const view = (over: Partial<AgendaItemView> = {}): AgendaItemView => ({
  item: row({ status: 'AGENCY_REVIEW', decision: 'AGENCY', agencyCode: 'A360199001', agencyName: '青山区阳光社工服务中心', planRound: 2 }),
  phone: '13800000000',
  address: '渔港村码头路6号',
  attendees: '民政局、残联',
  plans: [
    { round: 1, goals: '第一版', services: '上门', scheduleFrom: '2026-12-01', scheduleTo: '2027-02-28', staff: '苏晴', budget: 2400, submittedByName: '苏晴', submittedAt: '2026-12-02T09:00:00+08:00', reviewAction: 'RETURNED', reviewComment: '请写明评估指标', reviewedByName: '林红', reviewedAt: '2026-12-02T15:00:00+08:00' },
    { round: 2, goals: '第二版', services: '上门', scheduleFrom: '2026-12-01', scheduleTo: '2027-02-28', staff: '苏晴', budget: 2400, submittedByName: '苏晴', submittedAt: '2026-12-03T09:00:00+08:00', reviewAction: null, reviewComment: null, reviewedByName: null, reviewedAt: null },
  ],
  deliveries: [],
  ...over,
});

const task = (formKey: string): DomainTask => ({
  id: 'task-7',
  businessKey: 'LH202612001',
  activityId: 'x',
  formKey,
  assignedToMe: true,
  claimable: false,
});

const posts = (calls: ReturnType<typeof stubApi>) => calls.filter((c) => c.method === 'POST');

describe('plan review task (district)', () => {
  it('keeps every round and needs a comment to return', async () => {
    const Form = meetingTaskForms['app:agency-plan-review']!;
    const calls = stubApi();
    const onCompleted = vi.fn();
    renderInApp(<Form task={task('app:agency-plan-review')} onCompleted={onCompleted} />, {
      user: manager,
      data: [[meetingKeys.subject('task-7'), { formKey: 'app:agency-plan-review', item: view() }]],
    });
    expect(screen.getByTestId('plan-round-1').textContent).toContain('退回修改');
    expect(screen.getByTestId('plan-comment-1').textContent).toBe('请写明评估指标');
    expect(screen.getByTestId('plan-round-2').textContent).toContain('待审核');
    fireEvent.click(screen.getByTestId('answer-return'));
    fireEvent.click(screen.getByTestId('answer-submit'));
    expect(await screen.findByText('退回时请写明意见')).toBeTruthy();
    expect(posts(calls)).toEqual([]);
    fireEvent.change(screen.getByTestId('answer-comment'), { target: { value: '预算需细化' } });
    fireEvent.click(screen.getByTestId('answer-submit'));
    await waitFor(() => expect(onCompleted).toHaveBeenCalledTimes(1));
    expect(posts(calls)[0]).toMatchObject({ url: '/api/tasks/task-7/agency-plan-review', body: { agree: false, comment: '预算需细化' } });
  });
});

describe('case page panel', () => {
  it('lets the street clerk put a need to the joint meeting', async () => {
    const calls = stubApi((c) => (c.method === 'POST' ? { status: 201, body: row({ status: 'LISTED' }) } : undefined));
    renderInApp(<CaseMeetingPanel caseNo="SA-2026-000123" />, {
      user: clerk,
      data: [[meetingKeys.items({ caseNo: 'SA-2026-000123', page: 0, size: 20 }), { items: [], total: 0, page: 0, size: 20 }]],
    });
    fireEvent.click(screen.getByTestId('meeting-list'));
    fireEvent.change(await screen.findByTestId('meeting-need'), { target: { value: '需要家庭调解' } });
    fireEvent.change(screen.getByTestId('meeting-why'), { target: { value: '民政部门无此专业力量' } });
    fireEvent.click(screen.getByTestId('meeting-list-submit'));
    await waitFor(() => expect(posts(calls)).toHaveLength(1));
    expect(posts(calls)[0]).toMatchObject({
      url: '/api/meeting/agenda-items',
      body: { caseNo: 'SA-2026-000123', need: '需要家庭调解', whyNotMet: '民政部门无此专业力量' },
    });
  });

  it('shows nothing to an agency', () => {
    stubApi();
    renderInApp(<CaseMeetingPanel caseNo="SA-2026-000123" />, { user: agency });
    expect(screen.queryByTestId('case-meetings')).toBeNull();
  });
});

describe('meeting page (district)', () => {
  it('records a decision only after a confirmation', async () => {
    const calls = stubApi((c) => (c.method === 'POST' ? { status: 200, body: row({ status: 'NOT_TAKEN' }) } : undefined));
    renderInApp(<MeetingPage />, {
      user: manager,
      path: '/meetings/m/HY202612001',
      route: '/meetings/m/:meetingNo',
      data: [[meetingKeys.meeting('HY202612001'), {
        meeting: { meetingNo: 'HY202612001', heldOn: '2026-12-03', attendees: '民政局、残联', note: null, itemCount: 1, undecided: 1 },
        items: [row()],
      }]],
    });
    fireEvent.click(screen.getByTestId('decide-LH202612001'));
    fireEvent.mouseDown((await screen.findByTestId('decide-kind')).querySelector('.ant-select-selector')!);
    fireEvent.click(await screen.findByText('不予受理'));
    fireEvent.click(screen.getByTestId('decide-submit'));
    expect(await screen.findByText('不予受理须写明理由')).toBeTruthy();
    fireEvent.change(screen.getByTestId('decide-note'), { target: { value: '已由低保兜底' } });
    fireEvent.click(screen.getByTestId('decide-submit'));
    await screen.findByTestId('decide-confirm');
    expect(posts(calls)).toEqual([]);
    fireEvent.click(screen.getByTestId('decide-confirm'));
    await waitFor(() => expect(posts(calls)).toHaveLength(1));
    expect(posts(calls)[0]).toMatchObject({
      url: '/api/meeting/agenda-items/LH202612001/decision',
      body: { decision: 'NOT_TAKEN', note: '已由低保兜底' },
    });
  });
});
