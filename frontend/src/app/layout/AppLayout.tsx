import { useState } from 'react';
import { App, Button, Drawer, Layout, Typography } from 'antd';
import { LogoutOutlined, MenuOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useNavigate } from 'react-router-dom';
import { useCurrentUser } from '@/lib/auth/current-user';
import { CalendarBanner } from '@/features/calendar/components/CalendarBanner';
import { useLogout } from '@/features/auth/api/use-auth';
import { useAuthT } from '@/features/auth/i18n';
import { knownRoles } from '@/lib/auth/roles';
import { useIsNarrow } from '@/lib/use-is-narrow';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { NavMenu } from './NavMenu';
import './AppLayout.css';

function UserInfo({ stacked }: { stacked?: boolean }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const roles = knownRoles(user)
    .map((r) => t(`roles.${r}`))
    .join(t('app.listSeparator'));
  const org = `${user.orgName} · ${t(`orgLevels.${user.orgLevel}`)}`;
  return (
    <div className={stacked ? 'user-info user-info--stacked' : 'user-info'} data-testid="current-user" title={`${org} · ${roles}`}>
      <Typography.Text strong ellipsis>
        {user.displayName}
      </Typography.Text>
      <Typography.Text type="secondary" ellipsis>
        {user.orgName}
      </Typography.Text>
      {stacked && roles && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {roles}
        </Typography.Text>
      )}
    </div>
  );
}

export function AppLayout() {
  const { t } = useTranslation();
  const authT = useAuthT();
  const narrow = useIsNarrow();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const navigate = useNavigate();
  const logout = useLogout();
  const { message } = App.useApp();

  const onLogout = () =>
    logout.mutate(undefined, {
      onSettled: () => {
        void message.success(authT('loggedOut'));
        navigate('/login', { replace: true });
      },
    });

  return (
    <Layout className="app-layout">
      <Layout.Header className="app-header">
        {narrow && (
          <Button
            type="text"
            icon={<MenuOutlined />}
            aria-label={t('nav.openMenu')}
            aria-expanded={drawerOpen}
            data-testid="nav-toggle"
            onClick={() => setDrawerOpen(true)}
          />
        )}
        <Link to="/tasks" className="app-header__title">
          <img src="/favicon.svg" alt="" width={24} height={24} />
          <span>{t('app.title')}</span>
        </Link>
        <div className="app-header__spacer" />
        {!narrow && <UserInfo />}
        <LanguageSwitch />
        <Button
          data-testid="logout"
          icon={<LogoutOutlined />}
          aria-label={authT('logout')}
          title={authT('logout')}
          loading={logout.isPending}
          onClick={onLogout}
        >
          {narrow ? null : authT('logout')}
        </Button>
      </Layout.Header>
      <Layout>
        {!narrow && (
          <Layout.Sider width={220} theme="light" className="app-sider">
            <NavMenu />
          </Layout.Sider>
        )}
        {narrow && (
          <Drawer
            placement="left"
            width={280}
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            title={<UserInfo stacked />}
            styles={{ body: { padding: 0 } }}
          >
            <NavMenu onNavigate={() => setDrawerOpen(false)} />
          </Drawer>
        )}
        <Layout.Content className="app-content">
          <CalendarBanner />
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
