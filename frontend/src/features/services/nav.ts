import { ROLE_GROUPS } from '@/lib/auth/roles';
import type { FeatureNavItem } from '@/lib/nav';

/** Menu entries of purchased services; labels are `nav.services*` in src/i18n. */
export const serviceNavItems: FeatureNavItem[] = [
  { key: '/services/today', icon: 'schedule', labelKey: 'nav.servicesToday', label: '今日服务', path: '/services/today', section: 'services', roles: ['PROVIDER_STAFF'] },
  { key: '/services/orders', icon: 'profile', labelKey: 'nav.servicesOrders', label: '服务工单', path: '/services/orders', section: 'services', roles: [...ROLE_GROUPS.OFFICIALS_AND_PROVIDERS] },
  { key: '/services/deliveries', icon: 'carryOut', labelKey: 'nav.servicesDeliveries', label: '服务记录', path: '/services/deliveries', section: 'services', roles: [...ROLE_GROUPS.OFFICIALS_AND_PROVIDERS] },
  { key: '/services/statements', icon: 'accountBook', labelKey: 'nav.servicesStatements', label: '结算单', path: '/services/statements', section: 'services', roles: [...ROLE_GROUPS.OFFICIALS_AND_PROVIDERS] },
  { key: '/services/spot-checks', icon: 'fileSearch', labelKey: 'nav.servicesSpotChecks', label: '服务抽查', path: '/services/spot-checks', section: 'services', roles: [...ROLE_GROUPS.OFFICIALS] },
  { key: '/services/warnings', icon: 'warning', labelKey: 'nav.servicesWarnings', label: '服务标准预警', path: '/services/warnings', section: 'services', roles: [...ROLE_GROUPS.OFFICIALS] },
  { key: '/services/helpers', icon: 'team', labelKey: 'nav.servicesHelpers', label: '邻里互助', path: '/services/helpers', section: 'services', roles: [...ROLE_GROUPS.OFFICIALS] },
  { key: '/services/contracts', icon: 'contract', labelKey: 'nav.servicesContracts', label: '服务合同', path: '/services/contracts', section: 'services', roles: [...ROLE_GROUPS.SUPERVISORS_AND_PROVIDERS] },
];
