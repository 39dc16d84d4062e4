import { useEffect } from 'react';
import { Alert, Button, Form, Input } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router-dom';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { FullPageSpin } from '@/components/FullPageSpin';
import { isApiError } from '@/lib/api-client';
import { safeRedirect } from '@/lib/redirect';
import { useErrorMessage } from '@/lib/use-error-message';
import { useLogin, useMe } from '../api/use-auth';
import type { Credentials } from '@/lib/auth/types';
import { useAuthT } from '../i18n';
import './LoginPage.css';

export function LoginPage() {
  const t = useAuthT();
  const shellT = useTranslation().t;
  const [params] = useSearchParams();
  const me = useMe();
  const login = useLogin();
  const describe = useErrorMessage();
  const target = safeRedirect(params.get('redirect'));
  const signedIn = !!me.data;

  useEffect(() => {
    // Camunda webapps and API docs are server pages: leave the app for them.
    if (signedIn && target.fullPage) window.location.assign(target.path);
  }, [signedIn, target.fullPage, target.path]);

  // The form shows while the session is checked: on a slow line that answer costs a round trip,
  // and someone already signed in is sent on as soon as it comes.
  if (signedIn) return target.fullPage ? <FullPageSpin /> : <Navigate to={target.path} replace />;

  // The server gives every failed sign-in the same answer; say it in the user's language.
  const loginError = (error: unknown): string => {
    if (isApiError(error, 401)) return t('badCredentials');
    if (isApiError(error, 429)) return t('tooManyAttempts', { seconds: error.retryAfter ?? 60 });
    return describe(error);
  };

  const onFinish = (values: Credentials) => {
    login.mutate({ username: values.username.trim(), password: values.password });
  };

  return (
    <div className="login-page">
      <div className="login-page__lang">
        <LanguageSwitch />
      </div>
      {/* Plain elements, not Card and Typography: they would bring antd's tabs, menu and tooltip to the first page. */}
      <main className="login-page__card">
        <header className="login-page__head">
          <img src="/favicon.svg" alt="" width={48} height={48} />
          <h1 className="login-page__title">{shellT('app.platformTitle')}</h1>
          <span className="login-page__bureau">{shellT('app.bureau')}</span>
        </header>
        {login.isError && (
          <Alert
            type="error"
            showIcon
            role="alert"
            data-testid="login-error"
            message={t('failed')}
            description={loginError(login.error)}
            style={{ marginBottom: 16 }}
          />
        )}
        <Form<Credentials> layout="vertical" requiredMark={false} onFinish={onFinish} disabled={login.isPending}>
          <Form.Item
            name="username"
            label={t('username')}
            rules={[{ required: true, whitespace: true, message: t('usernameRequired') }]}
          >
            <Input
              data-testid="login-username"
              prefix={<UserOutlined />}
              autoComplete="username"
              autoCapitalize="none"
              autoFocus
              maxLength={64}
              size="large"
            />
          </Form.Item>
          <Form.Item name="password" label={t('password')} rules={[{ required: true, message: t('passwordRequired') }]}>
            <Input.Password
              data-testid="login-password"
              prefix={<LockOutlined />}
              autoComplete="current-password"
              maxLength={128}
              size="large"
            />
          </Form.Item>
          <Button data-testid="login-submit" type="primary" htmlType="submit" size="large" block loading={login.isPending}>
            {t('submit')}
          </Button>
        </Form>
      </main>
    </div>
  );
}
