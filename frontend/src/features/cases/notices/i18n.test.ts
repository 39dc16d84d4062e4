import { describe, expect, it } from 'vitest';
import i18n from '@/i18n';
import { noticesResources } from './i18n';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('notice strings', () => {
  it('have the same keys and variables in Chinese and English', () => {
    expect(keys(noticesResources.en).sort()).toEqual(keys(noticesResources.zh).sort());
    const at = (tree: unknown, key: string) =>
      String(key.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], tree));
    const vars = (s: string) => [...s.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
    for (const key of keys(noticesResources.zh)) expect(vars(at(noticesResources.en, key)), key).toEqual(vars(at(noticesResources.zh, key)));
  });

  it('are registered with i18next', async () => {
    await i18n.changeLanguage('zh');
    expect(i18n.t('notices:print.heading')).toBe('服务类社会救助对象公示');
    expect(i18n.t('nav.notices' as never)).toBe('公示栏');
    expect(i18n.t('cases:category.4')).toBe('支出型贫困家庭中的重病患者、特殊慢性病患者');
  });
});
