/** Paths the server answers itself (Camunda webapps, API docs...), not routes of this app. */
const SERVER_PREFIXES = ['/camunda', '/engine-rest', '/swagger-ui', '/v3', '/actuator', '/api'];

/** The app's home: its index route sends each user to their start page (monitoring centre or inbox). */
export const HOME_PATH = '/';

/**
 * Where to go after signing in. Only same-origin absolute paths are followed, so a crafted
 * `?redirect=https://evil.example` cannot send anyone elsewhere.
 */
export function safeRedirect(target: string | null | undefined): { path: string; fullPage: boolean } {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) {
    return { path: HOME_PATH, fullPage: false };
  }
  if (target === '/login' || target.startsWith('/login?') || target.startsWith('/login/')) {
    return { path: HOME_PATH, fullPage: false };
  }
  const fullPage = SERVER_PREFIXES.some((p) => target === p || target.startsWith(`${p}/`) || target.startsWith(`${p}?`));
  return { path: target, fullPage };
}
