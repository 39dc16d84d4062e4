import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import i18n from '@/i18n';
import type { Strings } from '@/i18n/feature-strings';

/** The monitoring centre's strings, namespace `monitoring`; the menu label is `nav.monitoring` in src/i18n. */
const zh = {
  title: '监控中心',
  asOf: '数据截至 {{time}}',
  wholeDistrict: '全区',
  street: '街道(镇)',
  chooseStreet: '选择街道(镇)查看',
  stepsLink: '步骤耗时',
  totals: {
    running: '在办流程',
    overdue: '超期任务',
    dueSoon: '临期任务',
    dueSoonHint: '2 个工作日内到期',
    openWarnings: '关爱预警',
    incidents: '流程异常',
  },
  processes: {
    title: '各流程在办情况（按当前步骤）',
    empty: '当前没有在办流程',
    running: '在办 {{count}}',
    overdue: '超期 {{count}}',
    dueSoon: '临期 {{count}}',
    incidents: '异常 {{count}}',
    seriesOverdue: '超期',
    seriesDueSoon: '临期',
    seriesOther: '其他在办',
    waitingEvent: '等待外部事件或定时器（无待办任务）',
  },
  places: {
    streets: '各街道(镇)',
    villages: '各村(社区)',
    name: '地区',
    running: '在办流程',
    overdue: '超期',
    dueSoon: '临期',
    openWarnings: '预警',
  },
  warnings: {
    title: '关爱走访预警（按阶段）',
    total: '未处理 {{count}} 条',
    stage: {
      '1': '责任人处理中',
      '2': '已升级至街道(镇)',
      '3': '已升级至区',
    },
    otherStage: '第 {{stage}} 阶段',
    none: '没有未处理的预警',
  },
  incidentsHint: '在流程监控（Cockpit）中处理',
  tasks: {
    title: '任务清单',
    back: '返回监控中心',
    state: {
      OVERDUE: '超期',
      DUE_SOON: '临期',
      OPEN: '全部在办',
    },
    process: '流程',
    allProcesses: '全部流程',
    step: '步骤：{{name}}',
    someStep: '所选步骤',
    place: '地区：{{name}}',
    somePlace: '所选地区',
    clear: '清除筛选',
    task: '任务',
    recipient: '救助对象',
    placeColumn: '地区',
    due: '办理期限',
    created: '创建时间',
    handler: '经办人',
    handlerLine: '经办人：{{name}}',
    overdueDays: '超期 {{count}} 个工作日',
    unassigned: '待签收',
    noDue: '无期限',
    empty: '没有符合条件的任务',
  },
  steps: {
    title: '步骤耗时与按时率',
    process: '流程',
    period: '统计期',
    days: '近 {{days}} 天',
    range: '{{from}} 至 {{to}} 办结的任务',
    noProcess: '没有可统计的流程',
    legendTitle: 'P90 耗时与法定时限相比：',
    heat: {
      green: '不超过时限',
      orange: '超出不到一倍',
      red: '超出一倍以上',
      none: '期间内无办结',
    },
    heatNote: '比较时每 5 个工作日折合 7 个自然日（节假日不计）；按时办结率由系统按工作日历准确计算。',
    badge: '办结 {{completed}} · 在办 {{running}}',
    diagramLoading: '正在加载流程图…',
    diagramFailed: '流程图无法显示',
    step: '步骤',
    completed: '办结',
    running: '在办',
    p50: '耗时中位数',
    p90: 'P90 耗时',
    onTime: '按时办结率',
    limit: '法定时限',
    limitDays: '{{count}} 个工作日',
    heatColumn: '热度',
  },
  duration: {
    minutes: '{{count}} 分钟',
    hours: '{{count}} 小时',
    days: '{{days}} 天',
    daysHours: '{{days}} 天 {{hours}} 小时',
  },
};

export type MonitoringStrings = typeof zh;

const en: Strings<MonitoringStrings> = {
  title: 'Monitoring centre',
  asOf: 'As of {{time}}',
  wholeDistrict: 'Whole district',
  street: 'Street',
  chooseStreet: 'Pick a street to look into',
  stepsLink: 'Step durations',
  totals: {
    running: 'Running processes',
    overdue: 'Overdue tasks',
    dueSoon: 'Tasks due soon',
    dueSoonHint: 'due within 2 working days',
    openWarnings: 'Care warnings',
    incidents: 'Incidents',
  },
  processes: {
    title: 'Running processes by current step',
    empty: 'No process is running',
    running: '{{count}} running',
    overdue: '{{count}} overdue',
    dueSoon: '{{count}} due soon',
    incidents: '{{count}} incidents',
    seriesOverdue: 'Overdue',
    seriesDueSoon: 'Due soon',
    seriesOther: 'Other running',
    waitingEvent: 'Waiting for an event or a timer (no task)',
  },
  places: {
    streets: 'By street',
    villages: 'By village',
    name: 'Area',
    running: 'Running processes',
    overdue: 'Overdue',
    dueSoon: 'Due soon',
    openWarnings: 'Warnings',
  },
  warnings: {
    title: 'Care visit warnings by stage',
    total: '{{count}} open',
    stage: {
      '1': 'With the responsible person',
      '2': 'Escalated to the street',
      '3': 'Escalated to the district',
    },
    otherStage: 'Stage {{stage}}',
    none: 'No open warnings',
  },
  incidentsHint: 'Handled in process monitoring (Cockpit)',
  tasks: {
    title: 'Task list',
    back: 'Back to the monitoring centre',
    state: {
      OVERDUE: 'Overdue',
      DUE_SOON: 'Due soon',
      OPEN: 'All open',
    },
    process: 'Process',
    allProcesses: 'All processes',
    step: 'Step: {{name}}',
    someStep: 'The chosen step',
    place: 'Area: {{name}}',
    somePlace: 'The chosen area',
    clear: 'Clear filters',
    task: 'Task',
    recipient: 'Recipient',
    placeColumn: 'Area',
    due: 'Due',
    created: 'Created',
    handler: 'Handled by',
    handlerLine: 'Handled by: {{name}}',
    overdueDays: '{{count}} working days overdue',
    unassigned: 'Not claimed',
    noDue: 'No deadline',
    empty: 'No matching tasks',
  },
  steps: {
    title: 'Step durations and on-time rates',
    process: 'Process',
    period: 'Period',
    days: 'Last {{days}} days',
    range: 'Tasks completed {{from}} to {{to}}',
    noProcess: 'No process to report on',
    legendTitle: 'P90 time against the legal limit:',
    heat: {
      green: 'within the limit',
      orange: 'up to twice the limit',
      red: 'more than twice the limit',
      none: 'none completed in the period',
    },
    heatNote: 'For the comparison 5 working days count as 7 calendar days (holidays ignored); the on-time rate is computed exactly on the working-day calendar.',
    badge: '{{completed}} completed · {{running}} running',
    diagramLoading: 'Loading the diagram…',
    diagramFailed: 'The diagram cannot be shown',
    step: 'Step',
    completed: 'Completed',
    running: 'Running',
    p50: 'Median time',
    p90: 'P90 time',
    onTime: 'On time',
    limit: 'Legal limit',
    limitDays: '{{count}} working days',
    heatColumn: 'Heat',
  },
  duration: {
    minutes: '{{count}} min',
    hours: '{{count}} h',
    days: '{{days}} d',
    daysHours: '{{days}} d {{hours}} h',
  },
};

export const monitoringZh = zh;
export const monitoringEn = en;

// Adds the namespace `monitoring` to i18next (deep merge, so loading twice changes nothing).
i18n.addResourceBundle('zh', 'monitoring', zh, true, true);
i18n.addResourceBundle('en', 'monitoring', en, true, true);

const NS = ['monitoring', 'common'] as const;
export type MonitoringT = TFunction<typeof NS>;

/** `t` for this feature's keys, plus `common:…`. */
export function useMonitoringT(): MonitoringT {
  return useTranslation(NS).t;
}
