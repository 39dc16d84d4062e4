import type { ReactElement } from 'react';
import { renderInApp, type RenderOptions } from '@/test/render-with-app';
import { villageOfficer } from '@/test/users';
import '@/i18n';

export { villageOfficer, streetClerk } from '@/test/users';

/** Renders `element` inside the app's providers, signed in as a village officer unless told otherwise. */
export function renderWithApp(element: ReactElement, options: Partial<RenderOptions> = {}) {
  return renderInApp(element, { user: villageOfficer, ...options });
}
