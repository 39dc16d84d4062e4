import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import i18n from '@/i18n';
import type { Strings, Leaves, LooseT } from '@/i18n/feature-strings';

/** Temporary assistance and the recognition import, under `tempaid.*`; menu labels live in src/i18n. */
const zh = {
  status: { ASSESSING: '街道审核中', DISTRICT_REVIEW: '区民政局审批中', AWAITING_PAYMENT: '待发放', PAID: '已发放', REFUSED: '不予救助' },
  eventType: { ACCIDENT: '意外事故', SUDDEN_ILLNESS: '突发重病', NECESSARY_EXPENSE: '刚性支出', OTHER: '其他' },
  method: { BANK_TRANSFER: '银行转账', CASH: '现金', IN_KIND: '实物' },
  level: { STREET: '街道先行救助', DISTRICT: '区民政局审批' },
  decision: { GRANT: '给予救助（先行救助）', REFER: '超过额度，报区民政局审批', REFUSE: '不予救助' },
  step: {
    REQUESTED: '受理申请',
    GRANTED: '街道给予救助',
    REFERRED: '报区民政局审批',
    APPROVED: '区民政局批准',
    REFUSED: '不予救助',
    PAID: '发放救助金',
    ESCALATED: '逾期督办',
  },
  outcome: { RECORDED: '已登记认定', LEAD_CREATED: '新建线索', ALREADY_RECORDED: '此前已导入' },
  category: { DIBAO: '低保', TEKUN: '特困' },
  common: { yuan: '{{amount}} 元', none: '—', openTask: '办理任务', back: '返回列表' },
  list: {
    title: '临时救助',
    hint: '遭遇意外事故、突发重病或刚性支出导致基本生活暂时困难的，街道（镇）在先行救助额度（{{limit}} 元）内直接救助，超过额度的报区民政局审批。',
    status: '状态',
    allStatuses: '全部状态',
    newApplication: '登记申请',
    month: '发放月份',
    export: '导出月度发放名单',
    no: '申请编号',
    person: '申请人',
    village: '村(社区)',
    event: '事件',
    requested: '申请金额',
    granted: '批准金额',
    paid: '发放',
    empty: '暂无临时救助申请',
  },
  form: {
    title: '登记临时救助申请',
    name: '姓名',
    idNumber: '身份证号',
    phone: '联系电话（选填）',
    village: '村(社区)',
    eventType: '事件类型',
    eventOn: '事件日期',
    description: '困难情况和救助事由',
    amount: '申请金额（元）',
    submit: '提交申请',
    required: '请填写此项',
    created: '已登记申请 {{no}}',
  },
  detail: {
    event: '事件',
    eventOn: '事件日期',
    requested: '申请金额',
    assessed: '街道核定金额',
    granted: '批准金额',
    decidedBy: '决定人',
    refusal: '不予救助理由',
    payment: '发放',
    paymentRef: '凭证号',
    requestedBy: '受理人',
    fromOneDoor: '一门受理转来',
    timeline: '办理经过',
    ledger: '{{year}}年临时救助台账',
    ledgerTotal: '全年已发放 {{total}} 元，共 {{count}} 次',
    ledgerEmpty: '本年度没有临时救助记录',
    limit: '先行救助额度 {{limit}} 元',
  },
  task: {
    decision: '审核结果',
    amount: '救助金额（元）',
    reason: '意见或理由',
    reasonRequired: '不予救助时请写明理由',
    amountRequired: '请填写金额',
    overLimit: '超过先行救助额度（{{limit}} 元），请选择报区民政局审批',
    underLimit: '未超过先行救助额度，由街道直接决定',
    submit: '提交',
    confirmGrant: '确认给予 {{amount}} 元临时救助？',
    confirmRefuse: '确认不予救助？',
    confirmRefer: '确认报区民政局审批（{{amount}} 元）？',
    approve: '批准',
    refuse: '不予批准',
    confirmApprove: '确认批准 {{amount}} 元临时救助？',
    paidOn: '发放日期',
    method: '发放方式',
    reference: '凭证号（选填）',
    confirmPay: '确认已发放 {{amount}} 元？登记后不能修改。',
    payHint: '发放金额不能超过批准金额 {{amount}} 元。',
  },
  import: {
    title: '新认定低保、特困名单导入',
    hint: '每月导入区民政局新认定的低保、特困人员。系统中已有的人员登记认定信息；尚无记录的新建人员并生成线索，交所在村(社区)信息员跟进纳入。有错误时整个文件不导入；重复导入同一文件不会重复生成线索。',
    template: '下载导入模板',
    choose: '选择文件并导入',
    confirm: '确认导入“{{name}}”？新人员将生成线索。',
    done: '共 {{total}} 行：登记认定 {{recorded}} 人，新建线索 {{leads}} 人，此前已导入 {{already}} 人。',
    errors: '文件有错误，未导入任何数据：',
    row: '行',
    name: '姓名',
    idNumber: '身份证号',
    village: '村(社区)',
    category: '类别',
    recognisedOn: '认定日期',
    outcome: '结果',
  },
};

export type TempaidStrings = typeof zh;

const en: Strings<TempaidStrings> = {
  status: { ASSESSING: 'Street assessing', DISTRICT_REVIEW: 'District approving', AWAITING_PAYMENT: 'To be paid', PAID: 'Paid', REFUSED: 'Refused' },
  eventType: { ACCIDENT: 'Accident', SUDDEN_ILLNESS: 'Sudden serious illness', NECESSARY_EXPENSE: 'Crushing necessary expense', OTHER: 'Other' },
  method: { BANK_TRANSFER: 'Bank transfer', CASH: 'Cash', IN_KIND: 'In kind' },
  level: { STREET: 'Street grant (first aid)', DISTRICT: 'District approval' },
  decision: { GRANT: 'Grant (within the delegated amount)', REFER: 'Above the limit: refer to the district', REFUSE: 'Refuse' },
  step: {
    REQUESTED: 'Application received',
    GRANTED: 'Granted by the street',
    REFERRED: 'Referred to the district',
    APPROVED: 'Approved by the district',
    REFUSED: 'Refused',
    PAID: 'Paid',
    ESCALATED: 'Overdue, escalated',
  },
  outcome: { RECORDED: 'Recognition recorded', LEAD_CREATED: 'New lead', ALREADY_RECORDED: 'Imported before' },
  category: { DIBAO: 'Minimum living guarantee', TEKUN: 'Extreme poverty' },
  common: { yuan: '¥{{amount}}', none: '—', openTask: 'Open task', back: 'Back to the list' },
  list: {
    title: 'Temporary assistance',
    hint: 'For an accident, a sudden serious illness or a crushing expense: the street office grants up to its delegated amount (¥{{limit}}) itself; above it the district approves.',
    status: 'Status',
    allStatuses: 'All statuses',
    newApplication: 'New application',
    month: 'Payment month',
    export: 'Export the month’s payments',
    no: 'Application no.',
    person: 'Applicant',
    village: 'Village',
    event: 'Event',
    requested: 'Requested',
    granted: 'Granted',
    paid: 'Paid',
    empty: 'No temporary-assistance applications',
  },
  form: {
    title: 'New temporary-assistance application',
    name: 'Name',
    idNumber: 'ID number',
    phone: 'Phone (optional)',
    village: 'Village',
    eventType: 'Event type',
    eventOn: 'Event date',
    description: 'Hardship and reason',
    amount: 'Amount requested (yuan)',
    submit: 'Submit application',
    required: 'Please fill this in',
    created: 'Application {{no}} recorded',
  },
  detail: {
    event: 'Event',
    eventOn: 'Event date',
    requested: 'Requested',
    assessed: 'Street assessment',
    granted: 'Granted',
    decidedBy: 'Decided by',
    refusal: 'Reason for refusal',
    payment: 'Payment',
    paymentRef: 'Reference',
    requestedBy: 'Received by',
    fromOneDoor: 'From the one-door intake',
    timeline: 'History',
    ledger: 'Temporary assistance in {{year}}',
    ledgerTotal: 'Paid this year: ¥{{total}} in {{count}} payments',
    ledgerEmpty: 'No temporary assistance this year',
    limit: 'Delegated amount ¥{{limit}}',
  },
  task: {
    decision: 'Decision',
    amount: 'Amount (yuan)',
    reason: 'Comment or reason',
    reasonRequired: 'Give the reason for a refusal',
    amountRequired: 'Enter the amount',
    overLimit: 'Above the delegated amount (¥{{limit}}): refer it to the district',
    underLimit: 'Within the delegated amount: the street decides itself',
    submit: 'Submit',
    confirmGrant: 'Grant ¥{{amount}} of temporary assistance?',
    confirmRefuse: 'Refuse the application?',
    confirmRefer: 'Refer to the district for approval (¥{{amount}})?',
    approve: 'Approve',
    refuse: 'Refuse',
    confirmApprove: 'Approve ¥{{amount}} of temporary assistance?',
    paidOn: 'Paid on',
    method: 'Method',
    reference: 'Reference (optional)',
    confirmPay: 'Confirm ¥{{amount}} was paid? It cannot be changed afterwards.',
    payHint: 'At most the granted ¥{{amount}}.',
  },
  import: {
    title: 'Import of newly recognised minimum-living and extreme-poverty recipients',
    hint: 'Each month import the people the district newly recognised. Known people get the recognition recorded; unknown ones are created and become a lead for their village officer. A file with any error imports nothing; importing the same file again opens no second lead.',
    template: 'Download the template',
    choose: 'Choose a file and import',
    confirm: 'Import “{{name}}”? New people become leads.',
    done: '{{total}} rows: {{recorded}} recorded, {{leads}} new leads, {{already}} imported before.',
    errors: 'The file has errors; nothing was imported:',
    row: 'Row',
    name: 'Name',
    idNumber: 'ID number',
    village: 'Village',
    category: 'Category',
    recognisedOn: 'Recognised on',
    outcome: 'Result',
  },
};

export { zh as tempaidZh, en as tempaidEn };

export function registerTempaidI18n(): void {
  i18n.addResourceBundle('zh', 'tempaid', zh, true, true);
  i18n.addResourceBundle('en', 'tempaid', en, true, true);
}

registerTempaidI18n();

export type TempaidKey = Leaves<TempaidStrings>;

const NS = ['tempaid', 'common'] as const;
export type TempaidT = TFunction<typeof NS>;

/** `t` for this feature's keys (namespace `tempaid`), plus `common:…`. */
export function useTempaidT(): TempaidT {
  return useTranslation(NS).t;
}

export type LabelGroup = 'status' | 'eventType' | 'method' | 'level' | 'decision' | 'step' | 'outcome' | 'category';

export function useTempaidLabel(): (group: LabelGroup, value: string | null | undefined) => string {
  const { t } = useTranslation(NS);
  return useMemo(() => {
    const loose = t as unknown as LooseT;
    return (group, value) => (value ? loose(`${group}.${value}`, { defaultValue: value }) : loose('common.none'));
  }, [t]);
}
