import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { setLanguage } from '@/i18n';
import { renderInApp } from '@/test/render-with-app';
import { stubApi } from '@/test/stub-api';
import { villageOfficer } from '@/test/users';
import type { TaskPage, TaskSummary, TaskType } from '../types';
import { TaskListPage } from './TaskListPage';
import { TaskCards } from './TaskCards';

vi.setConfig({ testTimeout: 60_000 });

const offer = (over: Partial<TaskSummary>): TaskSummary => ({
  id: 't1',
  name: '接单确认',
  processDefinitionName: '购买服务订单',
  businessKey: 'SA2026000123',
  assignee: null,
  created: '2026-12-01T02:00:00Z',
  due: '2099-12-03T09:59:59Z',
  overdue: false,
  recipientName: '张桂英',
  orgName: '渔港村',
  dueProvisionalYear: null,
  taskKey: 'respondToOrder',
  assigneeName: null,
  detail: '助餐服务',
  ...over,
});

const page: TaskPage = {
  items: [offer({}), offer({ id: 't2', detail: '助浴服务', assignee: 'pv001', assigneeName: '刘芳' })],
  total: 2,
  page: 0,
  size: 20,
};
const types: TaskType[] = [{ key: 'respondToOrder', name: '接单确认', count: 2 }];

function stub() {
  return stubApi((c) =>
    c.url.startsWith('/api/tasks/types') ? { status: 200, body: types } : c.url.startsWith('/api/tasks?') ? { status: 200, body: page } : undefined,
  );
}

afterEach(async () => {
  await setLanguage('zh');
});

describe('the inbox', () => {
  it('asks the server for the search, type and order in the URL, and shows the count', async () => {
    const calls = stub();
    renderInApp(<TaskListPage />, { user: villageOfficer, path: '/tasks?q=%E5%BC%A0%E6%A1%82%E8%8B%B1&type=respondToOrder&sort=created' });

    expect(await screen.findByText('共 2 条待办')).toBeTruthy();
    const urls = calls.map((c) => c.url);
    expect(urls).toContain('/api/tasks?scope=all&sort=created&page=0&size=20&q=%E5%BC%A0%E6%A1%82%E8%8B%B1&type=respondToOrder');
    expect(urls).toContain('/api/tasks/types?scope=all&q=%E5%BC%A0%E6%A1%82%E8%8B%B1');
    expect(screen.getByTestId<HTMLInputElement>('tasks-search').value).toBe('张桂英');
  });

  it('tells two offers for one person apart by their service item, and names the holder, never the username', async () => {
    stub();
    renderInApp(<TaskListPage />, { user: villageOfficer, path: '/tasks' });

    const rows = await screen.findAllByTestId('task-item');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByTestId('task-detail').textContent).toBe('助餐服务');
    expect(within(rows[1]!).getByTestId('task-detail').textContent).toBe('助浴服务');
    expect(within(rows[1]!).getByTestId('task-assignee').textContent).toBe('刘芳');
    expect(screen.queryByText('pv001')).toBeNull();
  });

  it('searches on Enter, starting again on page 1', async () => {
    const calls = stub();
    renderInApp(<TaskListPage />, { user: villageOfficer, path: '/tasks?page=2' });
    await screen.findAllByTestId('task-item');
    const input = screen.getByTestId<HTMLInputElement>('tasks-search');
    fireEvent.change(input, { target: { value: ' DD2026 ' } });
    fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() => expect(calls.map((c) => c.url)).toContain('/api/tasks?scope=all&sort=due&page=0&size=20&q=DD2026'));
  });

  it('names the steps in English too', async () => {
    await setLanguage('en');
    stub();
    renderInApp(<TaskListPage />, { user: villageOfficer, path: '/tasks' });
    expect(await screen.findAllByText('Accept the order')).toHaveLength(2);
    expect(screen.getByText('2 open tasks')).toBeTruthy();
  });
});

describe('the phone cards', () => {
  it('show the item beside the name, the holder by name and an overdue tag in red', () => {
    renderInApp(
      <TaskCards
        tasks={[offer({ detail: '助浴服务', assignee: 'vo002002', assigneeName: '杨帆', due: '2020-01-01T00:00:00Z', overdue: true })]}
        loading={false}
      />,
      { user: villageOfficer, path: '/tasks' },
    );
    const card = screen.getByTestId('task-item');
    expect(card.textContent).toContain('张桂英');
    expect(within(card).getByTestId('task-detail').textContent).toContain('助浴服务');
    expect(within(card).getByTestId('task-assignee').textContent).toBe('杨帆');
    expect(within(card).getByTestId('due-tag').className).toContain('ant-tag-red');
  });

  it('say nothing matched when a search is on', () => {
    renderInApp(<TaskCards tasks={[]} loading={false} filtered />, { user: villageOfficer, path: '/tasks' });
    expect(screen.getByText('没有符合条件的待办')).toBeTruthy();
  });
});
