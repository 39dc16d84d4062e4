import { describe, expect, it } from 'vitest';
import i18n from '@/i18n';
import { en, zh } from './i18n';
import './index';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

const at = (tree: unknown, key: string) =>
  String(key.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], tree));
const vars = (s: string) => [...s.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();

describe('case task strings', () => {
  it('have the same keys and variables in Chinese and English', () => {
    expect(keys(en).sort()).toEqual(keys(zh).sort());
    for (const key of keys(zh)) expect(vars(at(en, key)), key).toEqual(vars(at(zh, key)));
  });

  it('are registered with i18next by the index, Chinese by default', async () => {
    await i18n.changeLanguage('zh');
    expect(i18n.t('caseTasks:assess.title')).toBe('入户调查与需求评估');
    expect(i18n.t('cases:category.5')).toBe('因重病重残无独立生活能力且无监护人或监护能力不足者');
    expect(i18n.t('task.claimOnSubmit')).toBe('该任务尚未领取，提交时将自动领取。');
    await i18n.changeLanguage('en');
    expect(i18n.t('caseTasks:review.decisionStop')).toBe('Stop services and exit');
    await i18n.changeLanguage('zh');
  });
});
