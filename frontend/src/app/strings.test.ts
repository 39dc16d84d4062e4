import { describe, expect, it } from 'vitest';
import zh from '@/i18n/zh';
import en from '@/i18n/en';
import { commonEn, commonZh } from '@/i18n/common';
import { processesEn, processesZh } from '@/i18n/process-words';
import { resources } from '@/i18n';
import i18n from '@/i18n';
// Registers the `processes` namespace, as the first screen naming a task does.
import '@/lib/process-words';
import { auditEn, auditZh } from '@/features/audit/i18n';
import { authEn, authZh } from '@/features/auth/i18n';
import { calendarEn, calendarZh } from '@/features/calendar/i18n';
import { careResources } from '@/features/care/i18n';
import { casesResources } from '@/features/cases/i18n';
import { noticesResources } from '@/features/cases/notices/i18n';
import { en as caseTasksEn, zh as caseTasksZh } from '@/features/cases/tasks/i18n';
import { monitoringEn, monitoringZh } from '@/features/monitoring/i18n';
import { reportsEn, reportsZh } from '@/features/reports/i18n';
import { referralsEn, referralsZh } from '@/features/referrals/i18n';
import { meetingsEn, meetingsZh } from '@/features/meetings/i18n';
import { onedoorEn, onedoorZh } from '@/features/onedoor/i18n';
import { servicesEn, servicesZh } from '@/features/services/i18n';
import { tasksEn, tasksZh } from '@/features/tasks/i18n';
import { tempaidEn, tempaidZh } from '@/features/tempaid/i18n';

/** Every namespace the app loads: the shell's, the common words and each feature's, Chinese and English. */
const all: Record<string, { zh: unknown; en: unknown }> = {
  translation: { zh, en },
  common: { zh: commonZh, en: commonEn },
  processes: { zh: processesZh, en: processesEn },
  audit: { zh: auditZh, en: auditEn },
  auth: { zh: authZh, en: authEn },
  calendar: { zh: calendarZh, en: calendarEn },
  care: careResources,
  cases: casesResources,
  notices: noticesResources,
  caseTasks: { zh: caseTasksZh, en: caseTasksEn },
  monitoring: { zh: monitoringZh, en: monitoringEn },
  reports: { zh: reportsZh, en: reportsEn },
  referrals: { zh: referralsZh, en: referralsEn },
  meetings: { zh: meetingsZh, en: meetingsEn },
  onedoor: { zh: onedoorZh, en: onedoorEn },
  services: { zh: servicesZh, en: servicesEn },
  tasks: { zh: tasksZh, en: tasksEn },
  tempaid: { zh: tempaidZh, en: tempaidEn },
};

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}
const at = (tree: unknown, key: string) =>
  String(key.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], tree));
const vars = (s: string) => [...s.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();

describe('every set of strings', () => {
  for (const [name, { zh: chinese, en: english }] of Object.entries(all)) {
    it(`${name}: same keys, no empty strings and the same variables in Chinese and English`, () => {
      expect(keys(english).sort()).toEqual(keys(chinese).sort());
      for (const key of keys(chinese)) {
        expect(at(chinese, key).trim(), key).not.toBe('');
        expect(at(english, key).trim(), key).not.toBe('');
        expect(vars(at(english, key)), key).toEqual(vars(at(chinese, key)));
      }
    });
  }
});

/** Han characters and the full-width punctuation of Chinese text. */
const CHINESE = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
/** The switch back offers Chinese in Chinese (中文), as language menus do. */
const NAMED_IN_CHINESE = new Set(['translation:lang.switchTo']);

describe('English', () => {
  for (const [name, { en: english }] of Object.entries(all)) {
    it(`${name}: no Chinese characters and no full-width colons or brackets`, () => {
      const chinese = keys(english).filter((key) => CHINESE.test(at(english, key)) && !NAMED_IN_CHINESE.has(`${name}:${key}`));
      expect(chinese.map((key) => `${key}: ${at(english, key)}`)).toEqual([]);
    });
  }
});

describe('the namespaces', () => {
  it('are each registered with i18next in both languages, with the strings listed here', () => {
    for (const [ns, { zh: chinese, en: english }] of Object.entries(all)) {
      expect(i18n.getResourceBundle('zh', ns), ns).toEqual(chinese);
      expect(i18n.getResourceBundle('en', ns), ns).toEqual(english);
    }
  });

  it('are all listed here (a new namespace needs its line above)', () => {
    const loaded = new Set([...Object.keys(resources.zh), ...Object.keys(i18n.store.data.zh ?? {})]);
    expect([...loaded].sort()).toEqual(Object.keys(all).sort());
  });
});
