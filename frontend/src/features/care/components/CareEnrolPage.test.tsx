import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { CurrentUserContext } from '@/lib/auth/current-user';
import type { CurrentUser } from '@/lib/auth/types';
import { renderWithApp, streetClerk, stubApi, villageOfficer } from '../test-utils';
import { CareEnrolPage } from './CareEnrolPage';

vi.setConfig({ testTimeout: 30_000 });

function Landed() {
  const location = useLocation();
  return <div data-testid="landed" data-path={location.pathname} data-state={JSON.stringify(location.state)} />;
}

function renderEnrol(user: CurrentUser) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <AntApp>
        <CurrentUserContext.Provider value={user}>
          <MemoryRouter initialEntries={['/care/enrol']}>
            <Routes>
              <Route path="/care/enrol" element={<CareEnrolPage />} />
              <Route path="/care/:enrolmentNo" element={<Landed />} />
            </Routes>
          </MemoryRouter>
        </CurrentUserContext.Provider>
      </AntApp>
    </QueryClientProvider>,
  );
}

function fillRequired() {
  fireEvent.change(screen.getByTestId('care-enrol-name'), { target: { value: '渔港老人' } });
  fireEvent.change(screen.getByTestId('care-enrol-idNumber'), { target: { value: '360199195602290044' } });
  fireEvent.click(screen.getByTestId('care-enrol-group-EMPTY_NEST_LEFT_BEHIND_ELDERLY'));
  fireEvent.click(screen.getByTestId('care-enrol-selfCare-PARTIAL'));
  fireEvent.click(screen.getByTestId('care-enrol-livesAlone'));
  fireEvent.click(screen.getByTestId('care-enrol-remoteDwelling'));
}

describe('CareEnrolPage', () => {
  it('has the test ids, fixes the village for an officer, posts and goes to the new enrolment', async () => {
    const calls = stubApi((call) => (call.method === 'POST' ? { status: 201, body: { enrolmentNo: 'GA-2026-000009', proposedLevel: 3 } } : undefined));
    renderEnrol(villageOfficer);
    for (const id of ['name', 'idNumber', 'phone', 'address']) expect(screen.getByTestId(`care-enrol-${id}`).tagName).toBe('INPUT');
    expect(screen.getByTestId('care-enrol-villageCode').textContent).toContain('360199002002');
    expect(screen.getByTestId('care-enrol-neighboursNearby').tagName).toBe('INPUT');
    expect(screen.getByTestId('care-enrol-livesAlone').getAttribute('role')).toBe('switch');
    expect(screen.getByTestId('care-enrol-note').tagName).toBe('TEXTAREA');

    fillRequired();
    await waitFor(() => expect(screen.getByTestId('care-enrol-id-derived').textContent).toContain('1956-02-29'));
    expect(screen.getByTestId('care-enrol-id-derived').textContent).toContain('女');
    fireEvent.click(screen.getByTestId('care-enrol-submit'));
    const landed = await screen.findByTestId('landed');
    expect(landed.getAttribute('data-path')).toBe('/care/GA-2026-000009');
    expect(JSON.parse(landed.getAttribute('data-state')!)).toEqual({ enrolled: { enrolmentNo: 'GA-2026-000009', proposedLevel: 3 } });
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({
      url: '/api/care/enrolments',
      body: {
        name: '渔港老人',
        idNumber: '360199195602290044',
        villageCode: '360199002002',
        group: 'EMPTY_NEST_LEFT_BEHIND_ELDERLY',
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
      },
    });
  });

  it('puts 400 field errors on the fields and shows a 409', async () => {
    let answer = {
      status: 400,
      body: { status: 400, detail: '登记信息有误。', errors: [{ field: 'facts.neighboursNearby', message: '户数应在 0–99 之间' }] },
    };
    stubApi((call) => (call.method === 'POST' ? answer : undefined));
    const { container } = renderEnrol(villageOfficer);
    fillRequired();
    fireEvent.click(screen.getByTestId('care-enrol-submit'));
    expect((await screen.findByTestId('care-enrol-error')).textContent).toContain('登记信息有误。');
    await waitFor(() => expect(container.querySelector('.ant-form-item-explain-error')?.textContent).toContain('户数应在 0–99 之间'));

    answer = { status: 409, body: { status: 409, detail: '渔港老人已在关爱帮扶中（GA-2026-000003）。', errors: [] } };
    fireEvent.click(screen.getByTestId('care-enrol-submit'));
    expect((await screen.findByTestId('care-enrol-conflict')).textContent).toContain('已在关爱帮扶中');
    expect(screen.getByTestId('care-enrol-existing').getAttribute('href')).toBe('/care/GA-2026-000003');
  });

  it('lets a street clerk pick the village, and refuses a care cadre', () => {
    stubApi();
    const { unmount } = renderWithApp(<CareEnrolPage />, { user: streetClerk });
    expect(screen.getByTestId('care-enrol-villageCode').className).toContain('ant-select');
    unmount();
    renderWithApp(<CareEnrolPage />, { user: { ...villageOfficer, roles: ['CARE_CADRE'] } });
    expect(screen.getByTestId('care-forbidden')).toBeTruthy();
  });
});
