import type { ReactElement } from 'react';
import { renderInApp, type RenderOptions } from '@/test/render-with-app';
import '@/i18n';
import type { CurrentUser } from '@/features/auth/types';

export const villageOfficer: CurrentUser = {
  username: 'vo002002',
  displayName: '杨帆',
  roles: ['VILLAGE_OFFICER'],
  orgCode: '360199002002',
  orgName: '渔港村',
  orgLevel: 'VILLAGE',
};

export const streetClerk: CurrentUser = {
  username: 'street002',
  displayName: '钱进',
  roles: ['STREET_CLERK'],
  orgCode: '360199002',
  orgName: '东湖街道',
  orgLevel: 'STREET',
};

/** Renders `element` inside the app's providers, signed in as a village officer unless told otherwise. */
export function renderWithApp(element: ReactElement, options: Partial<RenderOptions> = {}) {
  return renderInApp(element, { user: villageOfficer, ...options });
}
