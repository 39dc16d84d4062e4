import { Menu, type MenuProps } from 'antd';
import { BarChartOutlined, DashboardOutlined, ExportOutlined, FileExcelOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { useCurrentUser } from '@/lib/auth/current-user';
import { navItems } from './nav-items';

const ICONS = {
  dashboard: <DashboardOutlined />,
  barChart: <BarChartOutlined />,
  fileExcel: <FileExcelOutlined />,
  list: <UnorderedListOutlined />,
};

const SECTION_LABELS = { services: 'nav.sectionServices', referrals: 'nav.sectionReferrals', reports: 'nav.sectionReports' } as const;

export function NavMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { pathname } = useLocation();

  const entries: NonNullable<MenuProps['items']> = navItems(user).map((item) =>
    item.kind === 'route'
      ? {
          key: item.key,
          icon: ICONS[item.icon ?? 'list'],
          label: (
            <Link to={item.to} onClick={onNavigate} data-testid={`nav-${item.key.replace(/^\//, '').replaceAll('/', '-')}`}>
              {t(item.labelKey)}
            </Link>
          ),
        }
      : {
          key: item.key,
          icon: <ExportOutlined />,
          label: (
            // Server pages: a plain link and a full page load, in a new tab.
            <a
              href={item.href}
              target="_blank"
              rel="noopener noreferrer"
              title={`${t(item.labelKey)} (${t('nav.external')})`}
              data-testid={`nav-${item.key}`}
              onClick={onNavigate}
            >
              {t(item.labelKey)}
            </a>
          ),
        },
  );

  // Entries of a section sit under its heading (an always-open group: no link is hidden behind a click).
  const items: NonNullable<MenuProps['items']> = [];
  navItems(user).forEach((item, i) => {
    const section = item.kind === 'route' ? item.section : undefined;
    if (!section) {
      items.push(entries[i]!);
      return;
    }
    const key = `section-${section}`;
    const last = items[items.length - 1];
    if (last && last.key === key && 'children' in last && last.children) {
      last.children.push(entries[i]!);
    } else {
      items.push({
        type: 'group',
        key,
        label: t(SECTION_LABELS[section]),
        children: [entries[i]!],
      });
    }
  });

  // The longest route key that prefixes the path, so /leads/new and /cases/X light up their own entry.
  const routeKeys = navItems(user)
    .filter((item) => item.kind === 'route')
    .map((item) => item.key)
    .filter((key) => pathname === key || pathname.startsWith(`${key}/`))
    .sort((a, b) => b.length - a.length);
  const selected = routeKeys.slice(0, 1);
  return <Menu mode="inline" items={items} selectedKeys={selected} aria-label={t('nav.menu')} style={{ borderInlineEnd: 0 }} />;
}
