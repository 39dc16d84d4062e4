import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import '@/i18n';
import type { CurrentUser } from '@/lib/auth/types';
import type { DomainTask } from '@/lib/task-forms';
import { renderInApp } from '@/test/render-with-app';
import { stubApi } from '@/test/stub-api';
import { oneDoorKeys } from '../api/use-onedoor';
import { oneDoorTaskForms } from '../task-forms';
import type { IntakeView, PersonPage as PersonPageView } from '../types';
import { buildIntakePayload } from './IntakeFormPage';
import { PersonPage } from './PersonPage';

vi.setConfig({ testTimeout: 30_000 });

const officer: CurrentUser = {
  username: 'vo002004',
  displayName: '周婷',
  email: null,
  roles: ['VILLAGE_OFFICER'],
  orgCode: '360199002004',
  orgName: '东湖村',
  orgLevel: 'VILLAGE',
};
const clerk: CurrentUser = { ...officer, username: 'street002', roles: ['STREET_CLERK'], orgCode: '360199002', orgName: '东湖街道', orgLevel: 'STREET' };
const manager: CurrentUser = { ...officer, username: 'manager', roles: ['DISTRICT_MANAGER'], orgCode: '360199', orgName: '青山区', orgLevel: 'DISTRICT' };

const intake = (over: Partial<IntakeView> = {}): IntakeView => ({
  intakeNo: 'YM2026120001',
  status: 'DONE',
  personId: 42,
  personName: '陈一门',
  villageCode: '360199002004',
  villageName: '东湖村',
  fromCaseNo: null,
  note: null,
  createdAt: '2026-12-01T02:00:00Z',
  createdByName: '周婷',
  confirmedAt: '2026-12-01T03:00:00Z',
  closedAt: '2026-12-03T03:00:00Z',
  needs: [
    { id: 1, type: 'ACCIDENT', description: '车祸受伤', eventOn: '2026-11-30', amount: 5000, livingAtRisk: true },
    { id: 2, type: 'MEDICAL', description: '住院自付', eventOn: null, amount: 12000, livingAtRisk: false },
  ],
  routes: [
    { id: 11, needId: 1, type: 'TEMPORARY_AID', departmentKind: null, status: 'DONE', proposed: true, refNo: 'LS1', outcome: 'GRANTED', outcomeText: '街道先行救助', amountRequested: 5000, amountGranted: 2000, raisedAt: '2026-12-01T03:00:00Z', doneAt: '2026-12-02T03:00:00Z', decidedByName: null },
    { id: 12, needId: 2, type: 'DEPARTMENT', departmentKind: 'MEDICAL_INSURANCE', status: 'DONE', proposed: true, refNo: 'BM1', outcome: 'RESOLVED', outcomeText: '已纳入医疗救助', amountRequested: null, amountGranted: null, raisedAt: '2026-12-01T03:00:00Z', doneAt: '2026-12-03T03:00:00Z', decidedByName: null },
    { id: 13, needId: 2, type: 'TEMPORARY_AID', departmentKind: null, status: 'DROPPED', proposed: true, refNo: null, outcome: null, outcomeText: null, amountRequested: null, amountGranted: null, raisedAt: null, doneAt: null, decidedByName: null },
  ],
  documents: [],
  ...over,
});

const task = (formKey: string): DomainTask => ({ id: 'task-7', businessKey: 'YM2026120001', activityId: 'a', formKey, assignedToMe: true, claimable: false });

describe('the intake body', () => {
  it('sends a new person with the village officer’s own village, only the facts given, dates only for dated needs', () => {
    const body = buildIntakePayload(
      {
        name: ' 陈一门 ',
        idNumber: '36019919500301001x',
        phone: '',
        needs: [
          { type: 'ACCIDENT', description: ' 车祸 ', eventOn: '2026-11-30', amount: 5000, livingAtRisk: true },
          { type: 'HOUSING', description: '危房', eventOn: '2026-11-30', amount: null },
        ],
        note: ' ',
      },
      { villageCode: '360199002004' },
    );
    expect(body).toEqual({
      needs: [
        { type: 'ACCIDENT', description: '车祸', eventOn: '2026-11-30', amount: 5000, livingAtRisk: true },
        { type: 'HOUSING', description: '危房', livingAtRisk: false },
      ],
      newPerson: { name: '陈一门', idNumber: '36019919500301001X', villageCode: '360199002004' },
    });
  });

  it('names the lead or the person on file instead of a new person', () => {
    const needs = [{ type: 'CARE' as const, description: '照料', livingAtRisk: false }];
    expect(buildIntakePayload({ needs }, { fromCase: 'SA-2026-000001' })).toEqual({
      needs: [{ type: 'CARE', description: '照料', livingAtRisk: false }],
      fromCaseNo: 'SA-2026-000001',
    });
    expect(buildIntakePayload({ needs }, { personId: 42 })).toMatchObject({ personId: 42 });
  });
});

describe('the person page', () => {
  it('shows every route with its outcome and amount, the masked ID number, cases and care', () => {
    stubApi();
    const page: PersonPageView = {
      personId: 42,
      name: '陈一门',
      idNumberMasked: '360199********001X',
      gender: 'MALE',
      birthDate: '1950-03-01',
      phone: '13800000001',
      address: '东湖村 8 号',
      villageCode: '360199002004',
      villageName: '东湖村',
      intakes: [intake()],
      cases: [{ caseNo: 'SA-2026-000009', status: 'CLOSED_NOT_GENUINE', createdAt: '2026-11-20T02:00:00Z', closedAt: null, verificationNote: null }],
      care: { enrolmentNo: 'GA2026000001', level: 2, status: 'ACTIVE' },
    };
    renderInApp(<PersonPage />, { user: officer, path: '/persons/42', route: '/persons/:personId', data: [[oneDoorKeys.person(42), page]] });
    expect(screen.getByTestId('person-id-number').textContent).toBe('360199********001X');
    expect(screen.getByTestId('route-name-11').textContent).toBe('临时救助');
    expect(screen.getByTestId('route-outcome-11').textContent).toContain('已给予救助');
    expect(screen.getByTestId('route-amount-11').textContent).toContain('2000.00 元');
    expect(screen.getByTestId('route-name-12').textContent).toBe('医疗保障部门');
    expect(screen.getByTestId('route-outcome-12').textContent).toContain('已纳入医疗救助');
    expect(screen.queryByTestId('route-13')).toBeNull();
    expect(screen.getByTestId('person-case-SA-2026-000009').getAttribute('href')).toBe('/cases/SA-2026-000009');
    expect(screen.getByTestId('person-care-link').getAttribute('href')).toBe('/care/GA2026000001');
    expect(screen.getByTestId('person-new-intake')).toBeTruthy();
  });

  it('offers no new intake to the district', () => {
    stubApi();
    const page: PersonPageView = {
      personId: 42, name: '陈一门', idNumberMasked: '360199********001X', gender: 'MALE', birthDate: '1950-03-01', phone: null,
      address: null, villageCode: '360199002004', villageName: '东湖村', intakes: [], cases: [], care: null,
    };
    renderInApp(<PersonPage />, { user: manager, path: '/persons/42', route: '/persons/:personId', data: [[oneDoorKeys.person(42), page]] });
    expect(screen.queryByTestId('person-new-intake')).toBeNull();
    expect(screen.getByTestId('person-care').textContent).toContain('未纳入关爱帮扶');
  });
});

describe('the task screens', () => {
  it('confirms the kept proposals, not the unticked one', async () => {
    const calls = stubApi();
    const onCompleted = vi.fn();
    const proposed = intake({
      status: 'ROUTING',
      routes: [
        { id: 21, needId: 2, type: 'DEPARTMENT', departmentKind: 'MEDICAL_INSURANCE', status: 'PROPOSED', proposed: true, refNo: null, outcome: null, outcomeText: null, amountRequested: null, amountGranted: null, raisedAt: null, doneAt: null, decidedByName: null },
        { id: 22, needId: 2, type: 'TEMPORARY_AID', departmentKind: null, status: 'PROPOSED', proposed: true, refNo: null, outcome: null, outcomeText: null, amountRequested: null, amountGranted: null, raisedAt: null, doneAt: null, decidedByName: null },
      ],
    });
    const Form = oneDoorTaskForms['app:intake-routes']!;
    renderInApp(<Form task={task('app:intake-routes')} onCompleted={onCompleted} />, { user: clerk, data: [[oneDoorKeys.subject('task-7'), proposed]] });
    fireEvent.click(screen.getByTestId('route-choice-TEMPORARY_AID//2'));
    fireEvent.click(screen.getByTestId('intake-routes-submit'));
    await waitFor(() => expect(onCompleted).toHaveBeenCalled());
    expect(calls.filter((c) => c.method === 'POST')[0]).toEqual({
      method: 'POST',
      url: '/api/tasks/task-7/intake-routes',
      body: { routes: [{ needId: 2, type: 'DEPARTMENT', departmentKind: 'MEDICAL_INSURANCE' }] },
    });
  });

  it('asks the district for a reason before refusing', async () => {
    const calls = stubApi();
    const onCompleted = vi.fn();
    const Form = oneDoorTaskForms['app:subsistence-decision']!;
    renderInApp(<Form task={task('app:subsistence-decision')} onCompleted={onCompleted} />, { user: manager, data: [[oneDoorKeys.subject('task-7'), intake()]] });
    fireEvent.click(screen.getByTestId('subsistence-decision-REFUSED'));
    fireEvent.click(screen.getByTestId('subsistence-submit'));
    expect(await screen.findByText('不予认定须说明理由')).toBeTruthy();
    fireEvent.change(screen.getByTestId('subsistence-note'), { target: { value: '收入高于标准' } });
    fireEvent.click(screen.getByTestId('subsistence-submit'));
    await waitFor(() => expect(onCompleted).toHaveBeenCalled());
    expect(calls.filter((c) => c.method === 'POST')[0]?.body).toEqual({ decision: 'REFUSED', note: '收入高于标准' });
  });
});
