import { ROLE_GROUPS } from '@/lib/auth/roles';
import type { FeatureNavItem } from '@/lib/nav';

/** Menu entries of temporary assistance and the recognition import; labels are `nav.*` in src/i18n. */
export const tempaidNavItems: FeatureNavItem[] = [
  { key: '/temporary-aid', icon: 'moneyCollect', labelKey: 'nav.temporaryAid', label: '临时救助', path: '/temporary-aid', roles: [...ROLE_GROUPS.OFFICIALS] },
  { key: '/recognitions/import', icon: 'import', labelKey: 'nav.recognitionImport', label: '新认定名单导入', path: '/recognitions/import', roles: ['DISTRICT_MANAGER'] },
];
