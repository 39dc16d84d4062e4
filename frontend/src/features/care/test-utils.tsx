import type { ReactElement } from 'react';
import { renderInApp, type RenderOptions } from '@/test/render-with-app';
import { vi } from 'vitest';
import '@/i18n';
import './i18n';
import type { CurrentUser } from '@/lib/auth/types';
import type { DomainTask } from '@/lib/task-forms';
import type { EnrolmentView, RosterRow } from './types';

import { streetClerk, villageOfficer } from '@/test/users';

export { streetClerk, villageOfficer };

export const cadre: CurrentUser = {
  username: 'cadre1',
  displayName: '邓志',
  email: null,
  roles: ['CARE_CADRE'],
  orgCode: '360199001',
  orgName: '城关街道',
  orgLevel: 'STREET',
};

export const enrolmentNo = 'GA-2026-000007';

export function rosterRow(over: Partial<RosterRow> = {}): RosterRow {
  return {
    enrolmentNo,
    personName: '渔港老人',
    maskedIdNumber: '360199********003X',
    age: 82,
    villageCode: '360199002002',
    villageName: '渔港村',
    group: 'EMPTY_NEST_LEFT_BEHIND_ELDERLY',
    level: 3,
    status: 'ACTIVE',
    responsibleUsername: 'cadre1',
    responsibleName: '邓志',
    lastVisitOn: '2026-05-01',
    nextDueOn: '2026-05-04',
    gapDays: 6,
    visitStatus: 'OVERDUE',
    emergency: false,
    warning: { kind: 'LAPSE', stage: 2, raisedOn: '2026-05-07' },
    lastVisitLateEntry: false,
    lastVisitLateReason: null,
    ...over,
  };
}

export function enrolmentView(over: Partial<EnrolmentView> = {}): EnrolmentView {
  return {
    ...rosterRow(),
    facts: {
      livesAlone: true,
      selfCare: 'PARTIAL',
      remoteDwelling: true,
      neighboursNearby: 0,
      seriousIllnessOrDisability: false,
      carerInDifficulty: false,
      legalSupporterPresent: false,
      supportLacking: false,
    },
    note: null,
    proposedLevel: 3,
    levelReason: null,
    gradedOn: '2026-04-20',
    gradingPending: false,
    maskedPhone: '139****0001',
    address: '渔港村',
    householdPlan: null,
    personMeasures: null,
    visits: [],
    warnings: [{ id: 1, kind: 'LAPSE', stage: 2, raisedOn: '2026-05-07', gapDays: 12, resolvedAt: null }],
    assignments: [],
    problems: [],
    timeline: [],
    exit: null,
    endedOn: null,
    ...over,
  };
}

export function task(formKey: string, over: Partial<DomainTask> = {}): DomainTask {
  return {
    id: 'task-1',
    businessKey: enrolmentNo,
    activityId: 'activity',
    formKey,
    assignedToMe: true,
    claimable: false,
    name: '任务',
    assignee: 'vo002002',
    ...over,
  };
}

export { stubApi, type Call } from '@/test/stub-api';

/** Renders `element` inside the app's providers, signed in as a village officer unless told otherwise. */
export function renderWithApp(element: ReactElement, options: Partial<RenderOptions> = {}) {
  return renderInApp(element, { user: villageOfficer, ...options });
}

/** Makes `useIsNarrow()` answer true (a 390 px phone). */
export function phoneWidth() {
  vi.stubGlobal(
    'matchMedia',
    (query: string): MediaQueryList => ({
      matches: query.includes('max-width'),
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }),
  );
}
