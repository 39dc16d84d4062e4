import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { careKeys } from '../api/use-care';
import { shanghaiToday } from '../lib/dates';
import { careTaskForms } from '../task-forms';
import { enrolmentNo, enrolmentView, renderWithApp, stubApi, streetClerk, task, villageOfficer } from '../test-utils';

vi.setConfig({ testTimeout: 30_000 });

const Grading = careTaskForms['app:care-grading']!;
const Problem = careTaskForms['app:care-problem']!;

const checked = (id: string) => screen.getByTestId<HTMLInputElement>(id).checked;

describe('grading', () => {
  const pending = enrolmentView({ level: null, status: 'PENDING_GRADING', visitStatus: null, warning: null, proposedLevel: 3, gradingPending: true });

  it('defaults to the proposed level and requires a reason only when the level differs', async () => {
    const calls = stubApi();
    const onCompleted = vi.fn();
    const { container } = renderWithApp(<Grading task={task('app:care-grading')} onCompleted={onCompleted} />, {
      user: villageOfficer,
      data: [[careKeys.detail(enrolmentNo), pending]],
    });
    expect(screen.getByTestId('care-grading-proposed').textContent).toContain('三级');
    expect(screen.getByTestId('care-facts').textContent).toContain('半失能');
    for (const n of [0, 1, 2, 3]) expect(screen.getByTestId(`care-grading-level-${n}`)).toHaveProperty('type', 'radio');
    expect(checked('care-grading-level-3')).toBe(true);

    fireEvent.click(screen.getByTestId('care-grading-level-2'));
    fireEvent.click(screen.getByTestId('care-grading-submit'));
    await waitFor(() => expect(container.textContent).toContain('确认等级与建议等级不同，请填写理由。'));
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);

    fireEvent.change(screen.getByTestId('care-grading-reason'), { target: { value: ' 子女每周回家照料 ' } });
    fireEvent.click(screen.getByTestId('care-grading-submit'));
    await waitFor(() => expect(onCompleted).toHaveBeenCalledTimes(1));
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({
      url: '/api/tasks/task-1/care-grading',
      body: { level: 2, reason: '子女每周回家照料', meetingOn: shanghaiToday().format('YYYY-MM-DD') },
    });
  });

  it('confirms the proposed level without a reason', async () => {
    const calls = stubApi();
    const onCompleted = vi.fn();
    renderWithApp(<Grading task={task('app:care-grading')} onCompleted={onCompleted} />, {
      user: villageOfficer,
      data: [[careKeys.detail(enrolmentNo), pending]],
    });
    fireEvent.click(screen.getByTestId('care-grading-submit'));
    await waitFor(() => expect(onCompleted).toHaveBeenCalledTimes(1));
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ level: 3, meetingOn: shanghaiToday().format('YYYY-MM-DD') });
  });
});

describe('problem feedback', () => {
  it('shows the open problem and posts the resolution', async () => {
    const view = enrolmentView({
      problems: [
        { id: 1, department: 'SCHOOL', description: '旧问题', dueOn: '2026-04-01', status: 'RESOLVED', resolution: '已解决', referralNo: null },
        { id: 2, department: 'HEALTH_CENTRE', description: '需要上门体检', dueOn: '2026-05-30', status: 'OPEN', resolution: null, referralNo: null },
      ],
    });
    const calls = stubApi();
    const onCompleted = vi.fn();
    renderWithApp(<Problem task={task('app:care-problem')} onCompleted={onCompleted} />, {
      user: streetClerk,
      data: [[careKeys.detail(enrolmentNo), view]],
    });
    const open = screen.getByTestId('care-problem-open');
    expect(open.textContent).toContain('卫生院');
    expect(open.textContent).toContain('需要上门体检');
    expect(open.getAttribute('data-problem-id')).toBe('2');
    fireEvent.change(screen.getByTestId('care-problem-resolution'), { target: { value: '卫生院已上门体检' } });
    fireEvent.click(screen.getByTestId('care-problem-resolve'));
    await waitFor(() => expect(onCompleted).toHaveBeenCalledTimes(1));
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({
      url: '/api/tasks/task-1/care-problem',
      body: { resolution: '卫生院已上门体检' },
    });
  });
});
