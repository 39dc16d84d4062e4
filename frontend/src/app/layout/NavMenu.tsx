import { Menu, type MenuProps } from 'antd';
import {
  AccountBookOutlined,
  AlertOutlined,
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  ForkOutlined,
  CarryOutOutlined,
  DashboardOutlined,
  ExportOutlined,
  FileExcelOutlined,
  FileProtectOutlined,
  FileSearchOutlined,
  FolderOpenOutlined,
  GiftOutlined,
  HeartOutlined,
  ImportOutlined,
  InboxOutlined,
  MoneyCollectOutlined,
  NotificationOutlined,
  PieChartOutlined,
  ProfileOutlined,
  ScheduleOutlined,
  SendOutlined,
  TeamOutlined,
  UnorderedListOutlined,
  UserAddOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { useCurrentUser } from '@/lib/auth/current-user';
import { navItems } from './nav-items';

const ICONS = {
  dashboard: <DashboardOutlined />,
  barChart: <BarChartOutlined />,
  fileExcel: <FileExcelOutlined />,
  inbox: <InboxOutlined />,
  folder: <FolderOpenOutlined />,
  userAdd: <UserAddOutlined />,
  notice: <NotificationOutlined />,
  heart: <HeartOutlined />,
  alert: <AlertOutlined />,
  schedule: <ScheduleOutlined />,
  profile: <ProfileOutlined />,
  carryOut: <CarryOutOutlined />,
  accountBook: <AccountBookOutlined />,
  moneyCollect: <MoneyCollectOutlined />,
  import: <ImportOutlined />,
  fileSearch: <FileSearchOutlined />,
  warning: <WarningOutlined />,
  team: <TeamOutlined />,
  contract: <FileProtectOutlined />,
  gift: <GiftOutlined />,
  send: <SendOutlined />,
  pieChart: <PieChartOutlined />,
  audit: <AuditOutlined />,
  calendar: <CalendarOutlined />,
  fork: <ForkOutlined />,
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

  // Entries of a section sit under its heading (an always-open group: no link is hidden behind a click);
  // a section with one entry for this user is just that entry (no heading repeating it, e.g. 慈善转介).
  const items: NonNullable<MenuProps['items']> = [];
  const perSection = new Map<string, number>();
  for (const item of navItems(user)) {
    if (item.kind === 'route' && item.section) perSection.set(item.section, (perSection.get(item.section) ?? 0) + 1);
  }
  navItems(user).forEach((item, i) => {
    const section = item.kind === 'route' ? item.section : undefined;
    if (!section || perSection.get(section) === 1) {
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
