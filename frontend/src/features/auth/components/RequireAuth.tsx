import type { ReactNode } from 'react';
import { Alert, Button } from 'antd';
import { Navigate, useLocation } from 'react-router-dom';
import { FullPageSpin } from '@/components/FullPageSpin';
import { useErrorMessage } from '@/lib/use-error-message';
import { useMe } from '../api/use-auth';
import { CurrentUserContext } from '@/lib/auth/current-user';
import { useAuthT } from '../i18n';

/** Renders its children for a signed-in user; sends everyone else to /login and back. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const t = useAuthT();
  const location = useLocation();
  const me = useMe();
  const describe = useErrorMessage();

  if (me.isPending) return <FullPageSpin tip={t('checking')} />;
  if (me.isError) {
    return (
      // Alert, not Result: Result's illustrations would weigh on every first page.
      <Alert
        type="warning"
        showIcon
        style={{ margin: 24 }}
        message={describe(me.error)}
        action={<Button onClick={() => void me.refetch()}>{t('common:retry')}</Button>}
      />
    );
  }
  if (!me.data) {
    const here = location.pathname + location.search;
    const to = here === '/' ? '/login' : `/login?redirect=${encodeURIComponent(here)}`;
    return <Navigate to={to} replace />;
  }
  return <CurrentUserContext.Provider value={me.data}>{children}</CurrentUserContext.Provider>;
}
