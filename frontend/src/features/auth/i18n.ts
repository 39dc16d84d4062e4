import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import i18n from '@/i18n';
import type { Strings } from '@/i18n/feature-strings';

/**
 * Sign-in and sign-out, namespace `auth`: the login page, the session check (RequireAuth) and the
 * header's sign-out (app/layout). Added to i18next when this module is first imported.
 */
const zh = {
  username: '用户名',
  password: '密码',
  usernameRequired: '请输入用户名',
  passwordRequired: '请输入密码',
  submit: '登录',
  failed: '登录失败',
  // One message for every failure: it must not tell an unknown user from a wrong password or a lock.
  badCredentials: '用户名或密码错误，或账号暂时锁定。请核对后稍后再试；仍无法登录请联系管理员。',
  tooManyAttempts: '登录尝试过于频繁，请 {{seconds}} 秒后再试。',
  logout: '退出',
  loggedOut: '已退出登录',
  checking: '正在检查登录状态…',
};

export type AuthStrings = typeof zh;

const en: Strings<AuthStrings> = {
  username: 'Username',
  password: 'Password',
  usernameRequired: 'Please enter your username',
  passwordRequired: 'Please enter your password',
  submit: 'Sign in',
  failed: 'Sign-in failed',
  badCredentials:
    'Wrong username or password, or the account is locked for a while. Check and try again later; if it still fails, contact your administrator.',
  tooManyAttempts: 'Too many attempts. Try again in {{seconds}} s.',
  logout: 'Sign out',
  loggedOut: 'Signed out',
  checking: 'Checking your session…',
};

export const authZh = zh;
export const authEn = en;

// Adds the namespace `auth` to i18next (deep merge, so loading twice changes nothing).
i18n.addResourceBundle('zh', 'auth', zh, true, true);
i18n.addResourceBundle('en', 'auth', en, true, true);

const NS = ['auth', 'common'] as const;
export type AuthT = TFunction<typeof NS>;

/** `t` for this feature's keys, plus `common:…`. */
export function useAuthT(): AuthT {
  return useTranslation(NS).t;
}
