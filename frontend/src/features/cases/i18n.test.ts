import { describe, expect, it } from 'vitest';
import i18n from '@/i18n';
import { casesResources } from './i18n';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('case strings', () => {
  it('have the same keys and variables in Chinese and English', () => {
    expect(keys(casesResources.en).sort()).toEqual(keys(casesResources.zh).sort());
    const at = (tree: unknown, key: string) =>
      String(key.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], tree));
    const vars = (s: string) => [...s.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
    for (const key of keys(casesResources.zh)) expect(vars(at(casesResources.en, key)), key).toEqual(vars(at(casesResources.zh, key)));
  });

  it('are registered with i18next, Chinese by default', async () => {
    await i18n.changeLanguage('zh');
    expect(i18n.t('cases:status.LEAD')).toBe('待核实');
    expect(i18n.t('nav.cases' as never)).toBe('救助案件');
    // The app's own strings are still there.
    expect(i18n.t('nav.tasks')).toBe('我的待办');
    await i18n.changeLanguage('en');
    expect(i18n.t('cases:status.SERVING')).toBe('Being served');
    await i18n.changeLanguage('zh');
  });
});
