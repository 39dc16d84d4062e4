import { api, isApiError, refreshCsrfToken } from '@/lib/api-client';
import type { Credentials, CurrentUser } from '@/lib/auth/types';

/** The signed-in user, or null when there is no session. */
export async function fetchMe(signal?: AbortSignal): Promise<CurrentUser | null> {
  try {
    return await api.get<CurrentUser>('/api/auth/me', signal);
  } catch (error) {
    if (isApiError(error, 401)) return null;
    throw error;
  }
}

export async function login(credentials: Credentials): Promise<CurrentUser> {
  // The login POST needs a CSRF token, and the server renews it at sign-in.
  await refreshCsrfToken();
  const user = await api.post<CurrentUser>('/api/auth/login', credentials);
  await refreshCsrfToken();
  return user;
}

export async function logout(): Promise<void> {
  await api.post('/api/auth/logout');
  // The service worker's copy of /api/auth/me (for opening the app without signal) goes too.
  if (typeof caches !== 'undefined') await caches.delete('session').catch(() => false);
}
