import { describe, expect, it } from 'vitest';
import { safeRedirect } from './redirect';

describe('safeRedirect', () => {
  it('goes home (each user\'s start page) by default', () => {
    expect(safeRedirect(null)).toEqual({ path: '/', fullPage: false });
    expect(safeRedirect('')).toEqual({ path: '/', fullPage: false });
  });

  it('follows app routes inside the app', () => {
    expect(safeRedirect('/tasks/abc-1?x=1')).toEqual({ path: '/tasks/abc-1?x=1', fullPage: false });
  });

  it('loads server pages with a full navigation', () => {
    expect(safeRedirect('/camunda/app/cockpit/default/')).toEqual({
      path: '/camunda/app/cockpit/default/',
      fullPage: true,
    });
    expect(safeRedirect('/swagger-ui/index.html')).toEqual({ path: '/swagger-ui/index.html', fullPage: true });
  });

  it('refuses other origins and loops back to login', () => {
    expect(safeRedirect('https://evil.example/')).toEqual({ path: '/', fullPage: false });
    expect(safeRedirect('//evil.example/')).toEqual({ path: '/', fullPage: false });
    expect(safeRedirect('/\\evil.example')).toEqual({ path: '/', fullPage: false });
    expect(safeRedirect('/login?redirect=/tasks')).toEqual({ path: '/', fullPage: false });
  });
});
