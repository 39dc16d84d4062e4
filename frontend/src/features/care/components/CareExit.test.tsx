import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { CurrentUser } from '@/lib/auth/types';
import { careKeys } from '../api/use-care';
import { careTaskForms } from '../task-forms';
import { enrolmentNo, enrolmentView, renderWithApp, stubApi, streetClerk, task, villageOfficer } from '../test-utils';
import { ExitSection } from './ExitSection';

vi.setConfig({ testTimeout: 30_000 });

const manager: CurrentUser = { ...streetClerk, username: 'manager', roles: ['DISTRICT_MANAGER'], orgCode: '360199', orgLevel: 'DISTRICT' };
const exit = { id: 4, status: 'EVALUATING', reason: '已由子女接回城区共同生活', requestedByName: '马琳', requestedAt: '2026-05-10T02:00:00Z', decidedAt: null };

describe('care exit in three levels', () => {
  it('asks for an exit with a reason from the care page, and hides the action while one runs', async () => {
    const calls = stubApi((c) => (c.method === 'POST' ? { status: 201, body: { exitId: 4 } } : undefined));
    const first = renderWithApp(<ExitSection view={enrolmentView()} />, { user: villageOfficer });
    fireEvent.click(screen.getByTestId('care-exit-open'));
    fireEvent.change(await screen.findByTestId('care-exit-reason'), { target: { value: '已入住敬老院' } });
    fireEvent.click(screen.getByTestId('care-exit-request-submit'));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({ url: `/api/care/enrolments/${enrolmentNo}/exit`, body: { reason: '已入住敬老院' } });
    first.unmount();

    renderWithApp(<ExitSection view={enrolmentView({ exit })} />, { user: villageOfficer });
    expect(screen.getByTestId('care-exit-status').textContent).toContain('村（社区）评估中');
    expect(screen.queryByTestId('care-exit-open')).toBeNull();
  });

  it('needs a reason to send back and a confirmation for the county to end monitoring', async () => {
    const calls = stubApi();
    const onCompleted = vi.fn();
    const Form = careTaskForms['app:care-exit'];
    renderWithApp(<Form task={task('app:care-exit', { activityId: 'approveExit' })} onCompleted={onCompleted} />, {
      user: manager,
      data: [[careKeys.detail(enrolmentNo), enrolmentView({ exit: { ...exit, status: 'APPROVING' } })]],
    });
    expect(screen.getByTestId('care-exit-request').textContent).toContain('区（县）审定中');
    fireEvent.click(screen.getByTestId('care-exit-back'));
    expect((screen.getByTestId('care-exit-submit') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByTestId('care-exit-agree'));
    fireEvent.click(screen.getByTestId('care-exit-submit'));
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
    fireEvent.click(await screen.findByTestId('care-exit-confirm-ok'));
    await waitFor(() => expect(onCompleted).toHaveBeenCalledTimes(1));
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({ url: '/api/tasks/task-1/care-exit', body: { decision: 'AGREE' } });
  });
});
