import { describe, expect, it } from 'vitest';
import i18n from '@/i18n';
import zh from '@/i18n/zh';
import en from '@/i18n/en';
import { careResources } from './i18n';
import { careNavItems } from './nav';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

const at = (tree: unknown, key: string) =>
  String(key.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], tree));
const vars = (s: string) => [...s.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();

describe('care strings', () => {
  it('have the same keys and variables in Chinese and English', () => {
    expect(keys(careResources.en).sort()).toEqual(keys(careResources.zh).sort());
    for (const key of keys(careResources.zh)) expect(vars(at(careResources.en, key)), key).toEqual(vars(at(careResources.zh, key)));
  });

  it('are registered with i18next, Chinese by default, and the menu labels exist', async () => {
    await i18n.changeLanguage('zh');
    expect(i18n.t('care:visitStatus.OVERDUE')).toBe('已逾期');
    expect(i18n.t('care:level.3')).toBe('三级');
    for (const item of careNavItems) expect(i18n.t(item.labelKey)).toBe(item.label);
    expect(zh.nav.care).toBe('关爱帮扶');
    expect(en.nav.careEmergencies).toBe('Emergency visits');
    await i18n.changeLanguage('en');
    expect(i18n.t('care:visitStatus.DONE')).toBe('Visited today');
    await i18n.changeLanguage('zh');
  });
});
