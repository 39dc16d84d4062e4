import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { stubApi } from '@/test/stub-api';
import { taskSubjectPanels } from '..';
import { caseNo, caseView, officer, renderForm, task } from './test-harness';
import { CaseSubjectPanel } from './CaseSubjectPanel';

vi.setConfig({ testTimeout: 60_000 });

describe('the subject of a case step with a generic form', () => {
  it('核实线索 shows the lead (situation, phone, address, source) from the subject endpoint and links to the case', async () => {
    const calls = stubApi((c) => (c.url === '/api/tasks/task%209/subject' ? { status: 200, body: caseView() } : undefined));
    renderForm(<CaseSubjectPanel task={task('', { id: 'task 9', activityId: 'verifyLead', formKey: null })} />, {
      kase: caseView(),
      user: officer,
    });

    const panel = await screen.findByTestId('task-subject');
    expect(panel.textContent).toContain('渔港测试');
    expect(panel.textContent).toContain('肾衰竭透析');
    expect(panel.textContent).toContain('13907912345');
    expect(panel.textContent).toContain('渔港村二组6号');
    expect(panel.textContent).toContain('邻里反映');
    expect(within(panel).getAllByRole('link').map((l) => l.getAttribute('href'))).toEqual(['/persons/1', `/cases/${caseNo}`]);
    // The subject endpoint (which logs the read), not a second read of the case page.
    expect(calls.map((c) => c.url)).toEqual(['/api/tasks/task%209/subject']);
  });

  it('is there for every case step without a screen of its own', () => {
    expect(Object.keys(taskSubjectPanels).sort()).toEqual(['assignOrganisation', 'confirmStart', 'recheckObjection', 'recognise', 'verifyLead']);
  });
});
