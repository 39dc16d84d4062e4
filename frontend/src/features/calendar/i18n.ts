import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import i18n from '@/i18n';
import type { Strings } from '@/i18n/feature-strings';

/** The working-day calendar's strings, under `calendar.*`; the menu label is `nav.calendar` in src/i18n. */
const zh = {
  title: '工作日历',
  hint: '办理期限按“工作日”计算：周一至周五上班，国务院公布的法定节假日放假、调休的周末上班。每年 11 月前后国务院办公厅发布下一年的《关于部分节假日安排的通知》，请据此整理成 CSV 文件后在此导入；未导入年份的期限按周末推算并标为“暂定”，导入后自动重新计算。',
  format: '文件格式（UTF-8 CSV）：第一行 date,kind,name；每行一个日期，kind 为 holiday（放假，含假期中的周末）或 workday（调休上班的周末），name 为节日名称。',
  example: '示例',
  years: '已导入年份',
  year: '年份',
  source: '来源',
  sourceBundled: '随系统内置',
  sourceImport: '管理员导入',
  rows: '日期行数',
  loadedAt: '导入时间',
  upload: '选择 CSV 文件导入',
  imported: '已导入 {{year}} 年（{{rows}} 行）。重新计算暂定期限：任务 {{tasks}} 个、超期提醒 {{timers}} 个。',
  importFailed: '导入失败',
  missing: '{{year}}年的法定节假日安排尚未导入',
  missingHint: '落在 {{year}} 年的办理期限暂按周末推算、标为“暂定”。请依据国务院办公厅的通知整理 CSV 并导入。',
  goImport: '去导入',
  empty: '尚未导入任何年份',
};

export type CalendarStrings = typeof zh;

const en: Strings<CalendarStrings> = {
  title: 'Working-day calendar',
  hint: 'Deadlines count working days: Monday to Friday, except the public holidays the State Council announces, plus the weekend days it makes working days. Each November the State Council General Office publishes next year\'s "Notice on holiday arrangements"; turn it into a CSV file and import it here. Deadlines in a year not imported count weekends only and are marked provisional; they are recomputed on import.',
  format: 'File format (UTF-8 CSV): first line date,kind,name; one date a line, kind holiday (a day off, weekend days inside a holiday block included) or workday (a weekend day that is a working day), name the holiday.',
  example: 'Example',
  years: 'Years loaded',
  year: 'Year',
  source: 'Source',
  sourceBundled: 'Bundled',
  sourceImport: 'Imported',
  rows: 'Dates',
  loadedAt: 'Loaded at',
  upload: 'Import a CSV file',
  imported: '{{year}} imported ({{rows}} rows). Provisional deadlines recomputed: {{tasks}} tasks, {{timers}} overdue reminders.',
  importFailed: 'Import failed',
  missing: 'The {{year}} public holiday schedule is not imported',
  missingHint: 'Deadlines in {{year}} count weekends only and are marked provisional. Turn the State Council General Office\'s notice into a CSV file and import it.',
  goImport: 'Import',
  empty: 'No year loaded yet',
};

export const calendarZh = zh;
export const calendarEn = en;

// Adds the namespace `calendar` to i18next (deep merge, so loading twice changes nothing).
i18n.addResourceBundle('zh', 'calendar', zh, true, true);
i18n.addResourceBundle('en', 'calendar', en, true, true);

const NS = ['calendar', 'common'] as const;
export type CalendarT = TFunction<typeof NS>;

/** `t` for this feature's keys, plus `common:…`. */
export function useCalendarT(): CalendarT {
  return useTranslation(NS).t;
}
