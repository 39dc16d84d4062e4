import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import i18n from '@/i18n';
import type { Strings } from '@/i18n/feature-strings';

/** 统计报表 strings, namespace `reports`; the menu labels are `nav.reportsKpis` / `nav.reports` in src/i18n. */
const zh = {
  kpis: {
    title: '工作指标',
    period: '统计期间',
    street: '街道(镇)',
    wholeDistrict: '全区',
    scope: '范围：{{name}}，{{from}} 至 {{to}}',
    presets: { thisMonth: '本月', lastQuarter: '上季度', thisYear: '本年' },
    places: '各街道(镇)与村(社区)',
    name: '地区',
    total: '合计',
    chart: '各街道(镇)发卡率与走访达标率',
    chartCard: '发卡率',
    chartVisit: '走访达标率',
    providers: '服务机构',
    provider: '机构',
    empty: '该期间没有数据',
  },
  fig: {
    leads: '线索',
    card: '发卡（占比）',
    daysToCard: '发卡用时（中位）',
    visits: '关爱走访达标',
    warnings: '预警（已升级）',
    deliveries: '服务确认（密码/村干部）',
    pinPercent: '密码确认占比',
    spotChecks: '抽查（不合格）',
    spotCheckFailure: '抽查不合格率',
    standard: '月服务达标',
    statements: '已审核结算单',
    daysToApproval: '月末至审核（中位）',
    referrals: '转介（已开展）',
    daysToFirstActivity: '首次活动用时（中位）',
    amount: '结算金额（元）',
  },
  days: '天',
  list: {
    title: '报表下载',
    empty: '还没有报表',
    kind: '类型',
    period: '期间',
    createdAt: '生成时间',
    origin: '来源',
    size: '大小',
    download: '下载',
  },
  kind: { PROGRESS: '工作进度报表', ANNUAL_EVALUATION: '年度绩效评估' },
  origin: { SCHEDULED: '定时生成', ON_DEMAND: '手动生成' },
  produce: {
    title: '生成报表',
    kind: '报表类型',
    period: '期间',
    submit: '生成',
    confirmTitle: '确认生成报表？',
    confirmText: '将生成 {{kind}}（{{from}} 至 {{to}}）。',
    ok: '生成',
    done: '报表已生成',
  },
};

const en: Strings<typeof zh> = {
  kpis: {
    title: 'Key figures',
    period: 'Period',
    street: 'Street (town)',
    wholeDistrict: 'Whole district',
    scope: 'Scope: {{name}}, {{from}} to {{to}}',
    presets: { thisMonth: 'This month', lastQuarter: 'Last quarter', thisYear: 'This year' },
    places: 'Streets (towns) and villages',
    name: 'Area',
    total: 'Total',
    chart: 'Card share and visit compliance by street',
    chartCard: 'Card share',
    chartVisit: 'Visit compliance',
    providers: 'Service providers',
    provider: 'Provider',
    empty: 'No figures for this period',
  },
  fig: {
    leads: 'Leads',
    card: 'Service cards (share)',
    daysToCard: 'Days to card (median)',
    visits: 'Care visits on time',
    warnings: 'Warnings (escalated)',
    deliveries: 'Deliveries (PIN / officer)',
    pinPercent: 'Confirmed by PIN',
    spotChecks: 'Spot checks (failed)',
    spotCheckFailure: 'Spot-check failure rate',
    standard: 'Monthly standard met',
    statements: 'Approved statements',
    daysToApproval: 'Month end to approval (median)',
    referrals: 'Referrals (started)',
    daysToFirstActivity: 'Days to first activity (median)',
    amount: 'Amount (yuan)',
  },
  days: 'd',
  list: {
    title: 'Report downloads',
    empty: 'No reports yet',
    kind: 'Kind',
    period: 'Period',
    createdAt: 'Produced',
    origin: 'Origin',
    size: 'Size',
    download: 'Download',
  },
  kind: { PROGRESS: 'Progress report', ANNUAL_EVALUATION: 'Annual performance evaluation' },
  origin: { SCHEDULED: 'By timer', ON_DEMAND: 'On demand' },
  produce: {
    title: 'Produce a report',
    kind: 'Report kind',
    period: 'Period',
    submit: 'Produce',
    confirmTitle: 'Produce this report?',
    confirmText: 'A {{kind}} for {{from}} to {{to}} will be produced.',
    ok: 'Produce',
    done: 'Report produced',
  },
};

export const reportsZh = zh;
export const reportsEn = en;
export type ReportsStrings = typeof zh;

// Adds the namespace `reports` to i18next (deep merge, so loading twice changes nothing).
i18n.addResourceBundle('zh', 'reports', zh, true, true);
i18n.addResourceBundle('en', 'reports', en, true, true);

const NS = ['reports', 'common'] as const;
export type ReportsT = TFunction<typeof NS>;

/** `t` for this feature's keys, plus `common:…`. */
export function useReportsT(): ReportsT {
  return useTranslation(NS).t;
}
