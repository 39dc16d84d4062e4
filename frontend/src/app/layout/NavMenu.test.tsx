import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import '@/i18n';
import type { CurrentUser } from '@/lib/auth/types';
import { renderInApp } from '@/test/render-with-app';
import { NavMenu } from './NavMenu';

vi.setConfig({ testTimeout: 30_000 });

const clerk: CurrentUser = {
  username: 'street001',
  displayName: '赵文',
  email: null,
  roles: ['STREET_CLERK'],
  orgCode: '360199001',
  orgName: '城关街道',
  orgLevel: 'STREET',
};

describe('NavMenu', () => {
  it('puts the purchased-services and referral entries under their headings, all visible', () => {
    renderInApp(<NavMenu />, { user: clerk, path: '/services/orders' });
    const services = screen.getByText('政府购买服务').closest('li')!;
    const referrals = screen.getByText('慈善转介', { selector: '.ant-menu-item-group-title' }).closest('li')!;
    expect(services.contains(screen.getByTestId('nav-services-orders'))).toBe(true);
    expect(services.contains(screen.getByTestId('nav-services-contracts'))).toBe(true);
    expect(referrals.contains(screen.getByTestId('nav-referrals-eligible'))).toBe(true);
    expect(services.contains(screen.getByTestId('nav-care'))).toBe(false);
    expect(screen.getByTestId('nav-care-emergencies').textContent).toBe('应急走访');
  });

  it('gives every entry its own icon', () => {
    renderInApp(<NavMenu />, { user: clerk, path: '/tasks' });
    const icons = [...document.querySelectorAll('.ant-menu-item .anticon')].map((i) => i.getAttribute('aria-label'));
    expect(icons.length).toBeGreaterThan(10);
    expect(new Set(icons).size).toBe(icons.length);
  });

  it('shows a section with one entry as that entry, without a heading repeating it', () => {
    const officer: CurrentUser = { ...clerk, username: 'vo001001', roles: ['VILLAGE_OFFICER'], orgCode: '360199001001', orgLevel: 'VILLAGE' };
    renderInApp(<NavMenu />, { user: officer, path: '/tasks' });
    expect(screen.getByTestId('nav-referrals-eligible').textContent).toBe('慈善转介');
    expect(screen.queryByText('慈善转介', { selector: '.ant-menu-item-group-title' })).toBeNull();
  });
});
