import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import i18n from '@/i18n';
import { renderInApp } from '@/test/render-with-app';
import { villageOfficer } from '@/test/users';
import type { TaskDetail } from '../types';
import { TaskDiagramSummary } from './TaskDiagram';

vi.setConfig({ testTimeout: 30_000 });

const task = (over: Partial<TaskDetail> = {}): TaskDetail =>
  ({
    id: 't1',
    name: '核实线索',
    activityId: 'verifyLead',
    assignee: null,
    assignedToMe: false,
    claimable: true,
    orgName: '渔港村',
    due: '2026-03-05T15:59:59Z',
    formFields: [],
    ...over,
  }) as TaskDetail;

describe('TaskDiagramSummary', () => {
  it('says the step, who holds it and the due date in one line, with no account name', () => {
    renderInApp(<TaskDiagramSummary task={task({ assignee: 'vo009009', assignedToMe: false, claimable: false })} />, { user: villageOfficer });
    const line = screen.getByTestId('diagram-summary').textContent;
    expect(line).toBe('当前步骤：核实线索 · 办理：其他工作人员（已领取） · 期限：2026-03-05');
    expect(line).not.toContain('vo009009');
  });

  it('names the group when nobody has taken it, and speaks English after the switch', async () => {
    await i18n.changeLanguage('en');
    try {
      renderInApp(<TaskDiagramSummary task={task()} />, { user: villageOfficer });
      expect(screen.getByTestId('diagram-summary').textContent).toBe(
        'Current step: Verify the lead · Held by: 渔港村 (not taken yet) · Due: 2026-03-05',
      );
    } finally {
      await i18n.changeLanguage('zh');
    }
  });
});
