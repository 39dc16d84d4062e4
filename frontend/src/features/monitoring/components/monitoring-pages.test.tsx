import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { setLanguage } from '@/i18n';
import type { CurrentUser } from '@/lib/auth/types';
import { renderInApp } from '@/test/render-with-app';
import { stubApi } from '@/test/stub-api';
import { streetClerk, villageOfficer } from '@/test/users';
import type { MonitoredTask, MonitoredTaskPage, Overview, StepDurations } from '../api-types';
import { OverviewPage } from './OverviewPage';
import { TasksPage } from './TasksPage';
import { StepsPage } from './StepsPage';

vi.setConfig({ testTimeout: 60_000 });

const manager: CurrentUser = { username: 'manager', displayName: '林红', roles: ['DISTRICT_MANAGER'], orgCode: '360199', orgName: '青山区', orgLevel: 'DISTRICT', email: null };

const districtOverview: Overview = {
  // 00:30 UTC is 08:30 in Shanghai.
  asOf: '2026-12-06T00:30:00Z',
  scopeCode: '360199',
  scopeName: '青山区',
  totals: { running: 123, overdue: 7, dueSoon: 12, openWarnings: 5, incidents: 1 },
  processes: [
    {
      processKey: 'service-assistance',
      processName: '服务类社会救助',
      running: 80,
      overdue: 3,
      dueSoon: 5,
      incidents: 0,
      steps: [
        { activityId: 'verifyLead', activityName: '核实线索', activityType: 'userTask', running: 10, overdue: 2, dueSoon: 1 },
        { activityId: 'waitNotice', activityName: '公示期', activityType: 'intermediateCatchEvent', running: 4, overdue: 0, dueSoon: 0 },
      ],
    },
  ],
  places: [
    { code: '360199001', name: '城关街道', running: 40, overdue: 2, dueSoon: 3, openWarnings: 1 },
    { code: '360199002', name: '东湖街道', running: 83, overdue: 5, dueSoon: 9, openWarnings: 4 },
  ],
  warningsByStage: [
    { stage: 2, count: 2 },
    { stage: 1, count: 3 },
  ],
};

const streetOverview: Overview = {
  ...districtOverview,
  scopeCode: '360199002',
  scopeName: '东湖街道',
  places: [{ code: '360199002002', name: '渔港村', running: 83, overdue: 5, dueSoon: 9, openWarnings: 4 }],
};

const task = (over: Partial<MonitoredTask> = {}): MonitoredTask => ({
  taskId: 't1',
  processKey: 'service-assistance',
  processName: '服务类社会救助',
  activityId: 'verifyLead',
  taskName: '核实线索',
  businessKey: 'SA-2026-000123',
  recipientName: '张桂英',
  link: { kind: 'CASE', key: 'SA-2026-000123' },
  placeCode: '360199002002',
  placeName: '渔港村',
  created: '2026-11-20T02:00:00Z',
  due: '2026-11-27T09:59:59Z',
  overdueWorkingDays: 2,
  assigneeName: null,
  groupName: '渔港村 信息员',
  ...over,
});

const href = (testId: string, root: HTMLElement | Document = document) => within(root as HTMLElement).getByTestId(testId).getAttribute('href');

afterEach(async () => {
  await setLanguage('zh');
});

describe('the overview', () => {
  it('gives a district manager the district by street, every number leading to its list', async () => {
    const calls = stubApi((c) => (c.url === '/api/monitoring/overview' ? { status: 200, body: districtOverview } : undefined));
    renderInApp(<OverviewPage />, { user: manager, path: '/monitoring' });

    expect(await screen.findByText('数据截至 2026-12-06 08:30')).toBeTruthy();
    expect(screen.getByTestId('monitoring-total-running').textContent).toContain('123');
    expect(href('monitoring-total-running')).toBe('/monitoring/tasks?state=OPEN');
    expect(href('monitoring-total-overdue')).toBe('/monitoring/tasks?state=OVERDUE');
    expect(href('monitoring-total-due-soon')).toBe('/monitoring/tasks?state=DUE_SOON');
    expect(href('monitoring-total-warnings')).toBe('/care?visitStatus=OVERDUE');
    // Incidents are handled in Cockpit, which district managers may open.
    expect(href('monitoring-total-incidents')).toContain('/camunda/app/cockpit/');

    const process = screen.getByTestId('monitoring-process');
    expect(process.getAttribute('data-process-key')).toBe('service-assistance');
    expect(href('monitoring-process-overdue', process)).toBe('/monitoring/tasks?state=OVERDUE&processKey=service-assistance');
    expect(href('monitoring-steps-link', process)).toBe('/monitoring/steps?processKey=service-assistance');
    expect(within(process).getByTestId('monitoring-process-chart')).toBeTruthy();

    const rows = screen.getAllByTestId('monitoring-place');
    expect(rows.map((r) => r.textContent)).toEqual([expect.stringContaining('城关街道'), expect.stringContaining('东湖街道')]);
    expect(href('monitoring-place-overdue', rows[1]!)).toBe('/monitoring/tasks?state=OVERDUE&place=360199002');
    // Codes stay in links, never on screen.
    expect(screen.queryByText(/360199002/)).toBeNull();

    const stages = screen.getByTestId('monitoring-warnings');
    expect(within(stages).getAllByText(/责任人处理中|已升级至街道/).map((e) => e.textContent)).toEqual(['责任人处理中', '已升级至街道(镇)']);
    expect(calls.filter((c) => c.url.startsWith('/api/monitoring/overview')).map((c) => c.url)).toEqual(['/api/monitoring/overview']);
  });

  it('drills a district manager down into a street, whose numbers then carry the street', async () => {
    const calls = stubApi((c) =>
      c.url === '/api/monitoring/overview?street=360199002'
        ? { status: 200, body: streetOverview }
        : c.url === '/api/monitoring/overview'
          ? { status: 200, body: districtOverview }
          : undefined,
    );
    renderInApp(<OverviewPage />, { user: manager, path: '/monitoring' });
    fireEvent.click((await screen.findAllByTestId('monitoring-place-drill'))[1]!);

    await screen.findByText('渔港村');
    expect(screen.getByText('各村(社区)')).toBeTruthy();
    expect(calls.map((c) => c.url)).toContain('/api/monitoring/overview?street=360199002');
    expect(href('monitoring-total-overdue')).toBe('/monitoring/tasks?state=OVERDUE&place=360199002');
    expect(href('monitoring-place-warnings')).toBe('/care?visitStatus=OVERDUE&villageCode=360199002002');
    expect(screen.queryAllByTestId('monitoring-place-drill')).toEqual([]);
  });

  it('gives a street clerk their street without a picker or a Cockpit link, in English too', async () => {
    stubApi((c) => (c.url === '/api/monitoring/overview' ? { status: 200, body: streetOverview } : undefined));
    renderInApp(<OverviewPage />, { user: streetClerk, path: '/monitoring' });
    await screen.findByText('各村(社区)');
    expect(screen.queryByTestId('monitoring-street-select')).toBeNull();
    expect(href('monitoring-total-incidents')).toBeNull();
    await setLanguage('en');
    expect(await screen.findByText('Overdue tasks')).toBeTruthy();
    expect(screen.getByText('By village')).toBeTruthy();
  });

  it('is refused to a village officer without asking the server', async () => {
    const calls = stubApi();
    renderInApp(<OverviewPage />, { user: villageOfficer, path: '/monitoring' });
    expect(await screen.findByTestId('monitoring-forbidden')).toBeTruthy();
    expect(calls).toEqual([]);
  });
});

describe('the task list', () => {
  it('asks for what the URL says and leads each row on to its case', async () => {
    const body: MonitoredTaskPage = { items: [task(), task({ taskId: 't2', link: null, recipientName: null, overdueWorkingDays: null, due: null, assigneeName: '王芳' })], total: 2, page: 0, size: 20 };
    const calls = stubApi((c) =>
      c.url.startsWith('/api/monitoring/tasks')
        ? { status: 200, body }
        : c.url === '/api/monitoring/processes'
          ? { status: 200, body: [{ processKey: 'service-assistance', processName: '服务类社会救助' }] }
          : undefined,
    );
    renderInApp(<TasksPage />, { user: manager, path: '/monitoring/tasks?state=OVERDUE&processKey=service-assistance&activityId=verifyLead&page=2' });

    const rows = await screen.findAllByTestId('monitoring-task');
    expect(calls.find((c) => c.url.startsWith('/api/monitoring/tasks'))?.url).toBe(
      '/api/monitoring/tasks?state=OVERDUE&processKey=service-assistance&activityId=verifyLead&page=1&size=20',
    );
    expect(href('monitoring-task-link', rows[0]!)).toBe('/cases/SA-2026-000123');
    expect(href('monitoring-task-link', rows[1]!)).toBe('/tasks/t2');
    expect(within(rows[0]!).getByTestId('monitoring-task-overdue-days').textContent).toBe('超期 2 个工作日');
    expect(rows[0]!.textContent).toContain('张桂英');
    expect(rows[0]!.textContent).toContain('渔港村 信息员');
    expect(rows[1]!.textContent).toContain('王芳');
    expect(screen.getByTestId('monitoring-task-step').textContent).toBe('步骤：核实线索');

    fireEvent.click(screen.getByText('临期'));
    await waitFor(() =>
      expect(calls.map((c) => c.url)).toContain('/api/monitoring/tasks?state=DUE_SOON&processKey=service-assistance&activityId=verifyLead&page=0&size=20'),
    );
  });
});

describe('the step view', () => {
  it('lists each user task with p50/p90, on-time share, limit and heat', async () => {
    const steps: StepDurations = {
      processKey: 'service-assistance',
      processName: '服务类社会救助',
      from: '2026-11-06',
      to: '2026-12-06',
      days: 90,
      bpmnXml: '<definitions/>',
      steps: [
        { activityId: 'verifyLead', activityName: '核实线索', completed: 120, running: 10, p50Hours: 30.5, p90Hours: 90, onTimeShare: 0.93, limitWorkingDays: 5 },
        { activityId: 'approve', activityName: '审批认定', completed: 50, running: 3, p50Hours: 100, p90Hours: 300, onTimeShare: 0.5, limitWorkingDays: 3 },
        { activityId: 'review', activityName: '动态复核', completed: 0, running: 1, p50Hours: null, p90Hours: null, onTimeShare: null, limitWorkingDays: 15 },
      ],
    };
    const calls = stubApi((c) =>
      c.url.startsWith('/api/monitoring/steps')
        ? { status: 200, body: steps }
        : c.url === '/api/monitoring/processes'
          ? { status: 200, body: [{ processKey: 'service-assistance', processName: '服务类社会救助' }] }
          : c.url === '/api/monitoring/overview'
            ? { status: 200, body: districtOverview }
            : undefined,
    );
    renderInApp(<StepsPage />, { user: manager, path: '/monitoring/steps?days=90' });

    const rows = await screen.findAllByTestId('monitoring-step');
    expect(calls.map((c) => c.url)).toContain('/api/monitoring/steps?processKey=service-assistance&days=90');
    expect(rows[0]!.textContent).toContain('1 天 7 小时');
    expect(rows[0]!.textContent).toContain('3 天 18 小时');
    expect(rows[0]!.textContent).toContain('93%');
    expect(rows[0]!.textContent).toContain('5 个工作日');
    expect(rows.map((r) => within(r).getByTestId('monitoring-step-heat').getAttribute('data-heat'))).toEqual(['green', 'red', 'none']);
    expect(href('monitoring-step-running', rows[1]!)).toBe('/monitoring/tasks?state=OPEN&processKey=service-assistance&activityId=approve');
  });
});

describe('bulk actions on the task list', () => {
  it('counts a reminder first (dry run) and sends it only on confirmation', async () => {
    const body: MonitoredTaskPage = { items: [task(), task({ taskId: 't2' })], total: 2, page: 0, size: 20 };
    const calls = stubApi((c) =>
      c.url.startsWith('/api/monitoring/tasks?')
        ? { status: 200, body }
        : c.url === '/api/monitoring/processes'
          ? { status: 200, body: [] }
          : c.url === '/api/monitoring/tasks/reminders'
            ? { status: 200, body: { eligible: 1, done: (c.body as { dryRun: boolean }).dryRun ? 0 : 1, skipped: [{ taskId: 't2', reason: 'OUT_OF_SCOPE' }], actionId: null } }
            : undefined,
    );
    renderInApp(<TasksPage />, { user: manager, path: '/monitoring/tasks?state=OVERDUE' });
    const boxes = await screen.findAllByTestId('monitoring-task-select');
    fireEvent.click(boxes[0]!.querySelector('input') ?? boxes[0]!);
    fireEvent.click(boxes[1]!.querySelector('input') ?? boxes[1]!);
    expect(screen.getByTestId('monitoring-bulk').textContent).toContain('已选 2 项');
    fireEvent.click(screen.getByTestId('monitoring-bulk-remind'));

    const preview = await screen.findByTestId('monitoring-bulk-preview');
    expect(preview.textContent).toContain('将向 1 项任务的经办人发送提醒');
    expect(preview.textContent).toContain('另有 1 项');
    const posts = () => calls.filter((c) => c.method === 'POST');
    expect(posts().map((c) => c.body)).toEqual([{ taskIds: ['t1', 't2'], dryRun: true }]);

    fireEvent.click(screen.getByTestId('monitoring-bulk-confirm'));
    await waitFor(() => expect(posts().map((c) => c.body)).toEqual([{ taskIds: ['t1', 't2'], dryRun: true }, { taskIds: ['t1', 't2'], dryRun: false }]));
    expect(await screen.findByText('已发送 1 项提醒')).toBeTruthy();
  });
});
