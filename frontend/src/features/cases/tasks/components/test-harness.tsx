import type { ReactElement } from 'react';
import { App as AntApp } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router-dom';
import { render } from '@testing-library/react';
import '@/i18n';
import { CurrentUserContext } from '@/lib/auth/current-user';
import type { CurrentUser } from '@/lib/auth/types';
import { caseKeys, type CaseView, type CatalogueItem } from '@/features/cases';
import type { DomainTask } from '../types';
import { stubApi as stubFetch, type Call } from '@/test/stub-api';

export const clerk: CurrentUser = {
  username: 'street002',
  displayName: '钱进',
  email: null,
  roles: ['STREET_CLERK'],
  orgCode: '360199002',
  orgName: '东湖街道',
  orgLevel: 'STREET',
};

export const officer: CurrentUser = {
  username: 'vo002002',
  displayName: '杨帆',
  email: null,
  roles: ['VILLAGE_OFFICER'],
  orgCode: '360199002002',
  orgName: '渔港村',
  orgLevel: 'VILLAGE',
};

export const caseNo = 'SA-2026-000042';

export function task(formKey: string, over: Partial<DomainTask> = {}): DomainTask {
  return {
    id: 'task-1',
    businessKey: caseNo,
    activityId: 'activity',
    formKey,
    assignedToMe: true,
    claimable: false,
    name: '任务',
    assignee: 'street002',
    ...over,
  };
}

export const catalogue: CatalogueItem[] = [
  { code: 'DC01', name: '助餐服务', way: 'PURCHASED', category: 'DAILY_CARE', unit: '次', standardPrice: 15 },
  { code: 'DC02', name: '助浴服务', way: 'PURCHASED', category: 'DAILY_CARE', unit: '次', standardPrice: 30 },
  { code: 'HC01', name: '上门护理', way: 'SOCIAL_WORK', category: 'HEALTH', unit: '次', standardPrice: null },
  { code: 'SP01', name: '党员结对帮扶', way: 'PARTY_PAIRING', category: 'SUPPORT', unit: '次', standardPrice: null },
];

export function caseView(over: Partial<CaseView> = {}): CaseView {
  return {
    summary: {
      caseNo,
      recipientName: '渔港测试',
      villageCode: '360199002002',
      villageName: '渔港村',
      status: 'VERIFIED',
      focusGroup: 'SERIOUS_ILLNESS',
      recipientCategory: null,
      serviceNo: null,
      createdAt: '2026-03-01T01:00:00Z',
      updatedAt: '2026-03-02T01:00:00Z',
    },
    summaryText: '肾衰竭透析',
    leadSource: 'NEIGHBOUR',
    verificationNote: '入户核实，情况属实',
    decisionReason: null,
    closedAt: null,
    person: {
      id: 1,
      name: '渔港测试',
      idNumberMasked: '360199********003X',
      gender: 'FEMALE',
      birthDate: '1956-02-29',
      phone: '13907912345',
      address: '渔港村二组6号',
    },
    assessment: null,
    grants: [],
    card: null,
    documents: [],
    requiredDocuments: ['ID_CARD', 'HOUSEHOLD_REGISTER'],
    notices: [],
    timeline: [],
    processInstanceId: 'pi-1',
    activeActivityIds: [],
    deadlines: [],
    ...over,
  };
}

export type { Call } from '@/test/stub-api';

type Responder = (call: Call) => { status: number; body?: unknown } | undefined;

/**
 * Stubs fetch: `respond` answers POSTs (undefined → 204); GETs of the case and the catalogue
 * answer with the given data. Returns the calls made.
 */
export function stubApi({ kase, respond }: { kase: CaseView; respond?: Responder }): Call[] {
  return stubFetch((call) => {
    if (call.method !== 'GET') return respond?.(call);
    if (call.url.startsWith('/api/cases/')) return { status: 200, body: kase };
    if (call.url === '/api/catalogue/items') return { status: 200, body: catalogue };
    return undefined;
  });
}

/** Renders with a query cache already holding the case and the catalogue. */
export function renderForm(element: ReactElement, { kase, user = clerk }: { kase: CaseView; user?: CurrentUser }) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  client.setQueryData(caseKeys.detail(kase.summary.caseNo), kase);
  client.setQueryData(caseKeys.catalogue, catalogue);
  return {
    client,
    ...render(
      <QueryClientProvider client={client}>
        <AntApp>
          <CurrentUserContext.Provider value={user}>
            <MemoryRouter>{element}</MemoryRouter>
          </CurrentUserContext.Provider>
        </AntApp>
      </QueryClientProvider>,
    ),
  };
}
