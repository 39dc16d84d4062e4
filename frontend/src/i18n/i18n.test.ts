import { describe, expect, it } from 'vitest';
import zh from './zh';
import en from './en';
import i18n, { LANGUAGE_STORAGE_KEY, setLanguage, storedLanguage } from './index';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(leaves);
}

describe('translations', () => {
  it('have the same keys in Chinese and English', () => {
    expect(keys(en).sort()).toEqual(keys(zh).sort());
  });

  it('have no empty strings', () => {
    expect(leaves(zh).filter((s) => !s.trim())).toEqual([]);
    expect(leaves(en).filter((s) => !s.trim())).toEqual([]);
  });

  it('use the same interpolation variables in both languages', () => {
    const vars = (s: string) => [...s.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
    const at = (tree: unknown, key: string) =>
      String(key.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], tree));
    for (const key of keys(zh)) {
      expect(vars(at(en, key)), key).toEqual(vars(at(zh, key)));
    }
  });
});

describe('language choice', () => {
  it('defaults to Simplified Chinese and persists the switch', async () => {
    window.localStorage.removeItem(LANGUAGE_STORAGE_KEY);
    expect(storedLanguage()).toBe('zh');
    await setLanguage('en');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(storedLanguage()).toBe('en');
    expect(i18n.t('notFound.home')).toBe('Home');
    expect(document.documentElement.lang).toBe('en');
    await setLanguage('zh');
    expect(i18n.t('notFound.home')).toBe('返回首页');
    expect(document.documentElement.lang).toBe('zh-CN');
  });
});
