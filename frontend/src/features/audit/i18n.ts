import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import i18n from '@/i18n';
import type { Strings } from '@/i18n/feature-strings';

/** The access-log strings, namespace `audit`; the menu label is `nav.accessLog` in src/i18n. */
const zh = {
  title: '访问日志',
  hint: '记录每一次查看个人信息（案件、档案材料、关爱档案、台账导出、服务工单、转介）的人员、时间、对象和来源地址。日志只增不改，至少保存 180 天；本页的每次查询也会记入日志。',
  filters: {
    idNumber: '对象身份证号',
    name: '对象姓名',
    user: '查看人（姓名或账号）',
    from: '开始日期',
    to: '结束日期',
    action: '操作',
    allActions: '全部操作',
    search: '查询',
    reset: '重置',
    idNumberInvalid: '请输入 18 位身份证号',
  },
  columns: {
    time: '时间',
    user: '查看人',
    action: '操作',
    person: '对象',
    resource: '内容',
    from: '来源地址',
  },
  action: {
    CASE_VIEW: '查看案件',
    CASE_CARD: '查看服务卡',
    DOCUMENT_DOWNLOAD: '查看档案材料',
    CARE_RECORD: '查看关爱档案',
    CARE_VISIT_PHOTO: '查看走访照片',
    ROSTER_EXPORT: '导出台账',
    SERVICE_ORDER: '查看服务工单',
    REFERRAL_BATCH: '查看转介批次',
    REFERRAL_CASE: '查看案件转介',
    DEPARTMENT_REFERRAL: '查看部门转办',
    TEMPORARY_AID: '查看临时救助',
    TEMPORARY_AID_LIST: '导出临时救助发放名单',
    MEETING_ITEM: '查看联席会议议题',
    PERSON_SEARCH: '搜索人员',
    INTAKE_VIEW: '查看一门受理',
    PERSON_VIEW: '查看人员页',
    AUDIT_SEARCH: '查询访问日志',
  },
  exported: '{{scope}} 共 {{count}} 人',
  hits: '命中 {{count}} 条',
  noPerson: '—',
  total: '共 {{total}} 条',
  empty: '没有符合条件的记录',
};

export type AuditStrings = typeof zh;

const en: Strings<AuditStrings> = {
  title: 'Access log',
  hint: 'Every view of personal data (cases, file documents, care records, roster exports, service orders, referrals): who, when, whose, from where. The log is append-only and kept at least 180 days; each search on this page is logged too.',
  filters: {
    idNumber: 'Person ID number',
    name: 'Person name',
    user: 'Viewed by (name or account)',
    from: 'From',
    to: 'To',
    action: 'Action',
    allActions: 'All actions',
    search: 'Search',
    reset: 'Reset',
    idNumberInvalid: 'Enter the 18-character ID number',
  },
  columns: {
    time: 'Time',
    user: 'Viewed by',
    action: 'Action',
    person: 'Person',
    resource: 'What',
    from: 'From address',
  },
  action: {
    CASE_VIEW: 'Viewed case',
    CASE_CARD: 'Viewed service card',
    DOCUMENT_DOWNLOAD: 'Viewed file document',
    CARE_RECORD: 'Viewed care record',
    CARE_VISIT_PHOTO: 'Viewed visit photo',
    ROSTER_EXPORT: 'Exported roster',
    SERVICE_ORDER: 'Viewed service order',
    REFERRAL_BATCH: 'Viewed referral batch',
    REFERRAL_CASE: "Viewed case's referrals",
    DEPARTMENT_REFERRAL: 'Viewed a department referral',
    TEMPORARY_AID: 'Viewed temporary assistance',
    TEMPORARY_AID_LIST: 'Exported temporary-assistance payments',
    MEETING_ITEM: 'Viewed a joint-meeting item',
    PERSON_SEARCH: 'Searched people',
    INTAKE_VIEW: 'Viewed a one-door intake',
    PERSON_VIEW: 'Viewed a person page',
    AUDIT_SEARCH: 'Searched the access log',
  },
  exported: '{{scope}}, {{count}} people',
  hits: '{{count}} hits',
  noPerson: '—',
  total: '{{total}} entries',
  empty: 'No matching entries',
};

export const auditZh = zh;
export const auditEn = en;

// Adds the namespace `audit` to i18next (deep merge, so loading twice changes nothing).
i18n.addResourceBundle('zh', 'audit', zh, true, true);
i18n.addResourceBundle('en', 'audit', en, true, true);

const NS = ['audit', 'common'] as const;
export type AuditT = TFunction<typeof NS>;

/** `t` for this feature's keys, plus `common:…`. */
export function useAuditT(): AuditT {
  return useTranslation(NS).t;
}
