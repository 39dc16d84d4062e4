import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import i18n from '@/i18n';
import type { Strings, Leaves, LooseT } from '@/i18n/feature-strings';

/** The charity referral strings, under `referrals.*`; menu labels live in src/i18n (`nav.referrals*`). */
const zh = {
  common: {
    recipient: '救助对象',
    category: '类别',
    age: '年龄',
    charity: '慈善组织',
    submit: '提交',
    note: '备注',
    phone: '电话',
    address: '地址',
    caseNo: '案件编号',
    openTask: '办理任务',
    days: '{{days}} 天',
  },
  category: { '1': '特困供养人员', '2': '低保对象', '3': '低收入家庭失能残疾人、老年人', '4': '支出型贫困重病患者', '5': '无监护重病重残者', '6': '突发事件遇困群众' },
  batchStatus: {
    RESPONDING: '待慈善组织接收',
    PLANNING: '制定方案中',
    REVIEW: '方案待审核',
    RETURNED: '方案退回修改',
    RUNNING: '方案实施中',
    CLOSED: '已结案',
    NONE_ACCEPTED: '均未接收',
  },
  itemStatus: { PENDING: '待接收', ACCEPTED: '已接收', DECLINED: '未接收', CLOSED: '已结案' },
  outcome: { HELPED: '已帮扶', NOT_HELPED: '未帮扶' },
  outcomeReason: { REFUSED: '本人拒绝', UNREACHABLE: '联系不上', NO_CAPACITY: '慈善组织能力不足', OTHER: '其他' },
  content: {
    VISIT: '慈善走访慰问',
    LOW_PRICE_GOODS: '“小篷车”低价生活用品上门',
    CLOTHING: '捐赠衣物配发',
    CHARITY_PROJECT_APPLICATION: '代为申报省市慈善项目',
    VOLUNTEER_SERVICE: '慈善义工志愿服务',
  },
  planStatus: { DRAFT: '草稿', SUBMITTED: '待审核', RETURNED: '已退回', AGREED: '已同意' },
  reviewAction: { SUBMITTED: '提交方案', RETURNED: '退回修改', AGREED: '同意方案' },
  relation: { SELF: '本人', GUARDIAN: '监护人', FAMILY: '近亲属' },
  consentStatus: { GIVEN: '已同意转介', NONE: '未登记同意', WITHDRAWN: '已撤回同意' },
  warningReason: { NO_ACTIVITY: '长期无帮扶活动', SCHEDULE_ENDED: '方案期限已过仍无活动' },
  eligible: {
    title: '可转介对象',
    hint: '救助事项含“慈善救济”的对象。名单发出前须登记本人（或监护人、近亲属）同意；未同意的人员不能转介。',
    villageCode: '村(社区)编码',
    text: '姓名或案件编号',
    consent: '同意情况',
    recordConsent: '登记同意',
    withdraw: '撤回同意',
    withdrawReason: '撤回原因',
    inReferral: '转介中：{{batchNo}}（{{charity}}）',
    lastOutcome: '上次：{{outcome}}',
    selected: '已选 {{count}} 人',
    send: '发送转介',
    sendTitle: '转介给慈善组织',
    chooseCharity: '选择慈善组织',
    charityRequired: '请选择慈善组织',
    sent: '已发送转介批次 {{batchNo}}',
    batchNote: '转介说明',
  },
  consent: {
    title: '登记同意转介：{{name}}',
    scope: '同意转介给',
    anyCharity: '本区任一慈善组织',
    relation: '同意人关系',
    giverName: '同意人姓名',
    givenOn: '同意日期',
    documentNote: '书面材料说明',
    saved: '已登记同意',
    withdrawn: '已撤回同意',
    history: '同意记录',
  },
  batches: {
    title: '转介批次',
    batchNo: '批次号',
    origin: '转介单位',
    persons: '人数',
    progress: '接收/未接收/结案',
    sentAt: '转介时间',
    warnings: '预警',
  },
  batch: {
    title: '转介批次 {{batchNo}}',
    persons: '转介人员',
    accept: '接收',
    decline: '不接收',
    declineReason: '不接收原因',
    reasonRequired: '请填写原因',
    respondedBy: '处理人',
    plans: '帮扶方案',
    wholeBatch: '全体人员',
    reviews: '审核记录',
    round: '第{{round}}轮',
    activities: '帮扶活动',
    recordActivity: '记录活动',
    close: '结案',
    warnings: '停滞预警',
    firstActivity: '首次活动',
    daysToFirst: '转介至首次活动',
    noPlan: '尚未制定方案',
    planNotAgreed: '方案经区民政局同意后方可实施。',
  },
  plan: {
    add: '新增方案',
    edit: '修改',
    delete: '删除',
    for: '方案对象',
    contents: '帮扶内容',
    contentsRequired: '请选择帮扶内容',
    scheduleFrom: '开始日期',
    scheduleTo: '结束日期',
    budget: '预算(元)',
    responsible: '负责人',
    responsiblePhone: '负责人电话',
    description: '方案说明',
    saved: '方案已保存',
    version: '第{{version}}版',
    required: '请填写完整',
    toBeforeFrom: '结束日期不能早于开始日期',
  },
  activity: {
    title: '记录帮扶活动',
    person: '帮扶对象',
    date: '活动日期',
    kind: '活动内容',
    description: '活动情况',
    amount: '金额(元，可选)',
    saved: '活动已记录',
  },
  close: {
    title: '结案：{{name}}',
    outcome: '结果',
    reason: '未帮扶原因',
    note: '说明',
    noteRequired: '选择“其他”时须填写说明',
    reasonRequired: '请选择未帮扶原因',
    saved: '已结案',
  },
  stats: {
    title: '转介统计',
    from: '自',
    to: '至',
    batches: '批次',
    persons: '人员',
    helped: '已帮扶',
    notHelped: '未帮扶',
    waiting: '待首次活动',
    avgDays: '平均天数',
    medianDays: '中位天数',
    maxDays: '最长天数',
    openWarnings: '未处理预警 {{count}} 条',
    timeToFirst: '转介至首次活动',
  },
  task: {
    loadFailed: '无法加载任务内容',
    responseHint: '请逐一决定是否接收；不接收须填写原因。全部处理后提交。',
    responseSubmit: '提交接收结果',
    pendingLeft: '还有 {{count}} 人未处理',
    planHint: '每位已接收人员须有方案（单独方案或全体方案）。修改完成后提交区民政局审核。',
    planSubmit: '提交审核',
    returnedWith: '退回意见：{{comment}}',
    agree: '同意方案',
    return: '退回修改',
    comment: '审核意见',
    commentRequired: '退回须填写意见',
    returnSubmit: '确认退回',
    staleHint: '以下人员转介后长期无帮扶活动，请督办并记录处理情况。',
    staleNote: '督办情况',
    noteRequired: '请填写督办情况',
  },
  casePanel: {
    title: '慈善转介',
    none: '尚无转介记录',
    outcome: '结案结果',
  },
};

export type ReferralStrings = typeof zh;

const en: Strings<ReferralStrings> = {
  common: {
    recipient: 'Recipient',
    category: 'Category',
    age: 'Age',
    charity: 'Charity',
    submit: 'Submit',
    note: 'Note',
    phone: 'Phone',
    address: 'Address',
    caseNo: 'Case no.',
    openTask: 'Open task',
    days: '{{days}} days',
  },
  category: { '1': 'Extreme poverty', '2': 'Subsistence allowance', '3': 'Low-income, dependent', '4': 'Expenditure-poor, seriously ill', '5': 'Severely ill without guardian', '6': 'Stranded by emergencies' },
  batchStatus: {
    RESPONDING: 'Awaiting the charity',
    PLANNING: 'Planning',
    REVIEW: 'Plan under review',
    RETURNED: 'Plan returned',
    RUNNING: 'Plan running',
    CLOSED: 'Closed',
    NONE_ACCEPTED: 'None accepted',
  },
  itemStatus: { PENDING: 'Pending', ACCEPTED: 'Accepted', DECLINED: 'Declined', CLOSED: 'Closed' },
  outcome: { HELPED: 'Helped', NOT_HELPED: 'Not helped' },
  outcomeReason: { REFUSED: 'Refused', UNREACHABLE: 'Unreachable', NO_CAPACITY: 'No capacity', OTHER: 'Other' },
  content: {
    VISIT: 'Charity visits',
    LOW_PRICE_GOODS: 'Low-price goods delivered',
    CLOTHING: 'Donated clothing',
    CHARITY_PROJECT_APPLICATION: 'Apply to provincial/city charity projects',
    VOLUNTEER_SERVICE: 'Volunteer service',
  },
  planStatus: { DRAFT: 'Draft', SUBMITTED: 'Under review', RETURNED: 'Returned', AGREED: 'Agreed' },
  reviewAction: { SUBMITTED: 'Submitted', RETURNED: 'Returned', AGREED: 'Agreed' },
  relation: { SELF: 'Self', GUARDIAN: 'Guardian', FAMILY: 'Close relative' },
  consentStatus: { GIVEN: 'Consent given', NONE: 'No consent', WITHDRAWN: 'Consent withdrawn' },
  warningReason: { NO_ACTIVITY: 'No activity for long', SCHEDULE_ENDED: 'Plan period over without activity' },
  eligible: {
    title: 'Eligible for referral',
    hint: 'Recipients granted charity relief. Consent of the person (or guardian, close relative) must be recorded before names leave the office; people without consent cannot be referred.',
    villageCode: 'Village code',
    text: 'Name or case number',
    consent: 'Consent',
    recordConsent: 'Record consent',
    withdraw: 'Withdraw consent',
    withdrawReason: 'Reason',
    inReferral: 'In referral {{batchNo}} ({{charity}})',
    lastOutcome: 'Last: {{outcome}}',
    selected: '{{count}} selected',
    send: 'Refer',
    sendTitle: 'Refer to a charity',
    chooseCharity: 'Charity',
    charityRequired: 'Choose a charity',
    sent: 'Batch {{batchNo}} sent',
    batchNote: 'Note for the charity',
  },
  consent: {
    title: 'Record consent: {{name}}',
    scope: 'Consents to referral to',
    anyCharity: 'Any charity of the district',
    relation: 'Given by',
    giverName: 'Name of the giver',
    givenOn: 'Given on',
    documentNote: 'Written record',
    saved: 'Consent recorded',
    withdrawn: 'Consent withdrawn',
    history: 'Consents',
  },
  batches: {
    title: 'Referral batches',
    batchNo: 'Batch no.',
    origin: 'Referred by',
    persons: 'Persons',
    progress: 'Accepted/declined/closed',
    sentAt: 'Sent at',
    warnings: 'Warnings',
  },
  batch: {
    title: 'Referral batch {{batchNo}}',
    persons: 'Persons referred',
    accept: 'Accept',
    decline: 'Decline',
    declineReason: 'Reason for declining',
    reasonRequired: 'Give a reason',
    respondedBy: 'Decided by',
    plans: 'Plans',
    wholeBatch: 'Whole batch',
    reviews: 'Review history',
    round: 'Round {{round}}',
    activities: 'Activities',
    recordActivity: 'Record activity',
    close: 'Close',
    warnings: 'Stale warnings',
    firstActivity: 'First activity',
    daysToFirst: 'Referral to first activity',
    noPlan: 'No plan yet',
    planNotAgreed: 'The plan can run once the district office has agreed it.',
  },
  plan: {
    add: 'Add plan',
    edit: 'Edit',
    delete: 'Delete',
    for: 'For',
    contents: 'Content',
    contentsRequired: 'Choose the content',
    scheduleFrom: 'From',
    scheduleTo: 'To',
    budget: 'Budget (CNY)',
    responsible: 'Responsible person',
    responsiblePhone: 'Their phone',
    description: 'Description',
    saved: 'Plan saved',
    version: 'Version {{version}}',
    required: 'Fill in all fields',
    toBeforeFrom: 'The end cannot be before the start',
  },
  activity: {
    title: 'Record activity',
    person: 'Person',
    date: 'Date',
    kind: 'Content',
    description: 'What was done',
    amount: 'Amount (CNY, optional)',
    saved: 'Activity recorded',
  },
  close: {
    title: 'Close: {{name}}',
    outcome: 'Outcome',
    reason: 'Why not helped',
    note: 'Note',
    noteRequired: 'A note is required for “Other”',
    reasonRequired: 'Choose why',
    saved: 'Closed',
  },
  stats: {
    title: 'Referral statistics',
    from: 'From',
    to: 'To',
    batches: 'Batches',
    persons: 'Persons',
    helped: 'Helped',
    notHelped: 'Not helped',
    waiting: 'Awaiting first activity',
    avgDays: 'Average days',
    medianDays: 'Median days',
    maxDays: 'Longest',
    openWarnings: '{{count}} open warnings',
    timeToFirst: 'Referral to first activity',
  },
  task: {
    loadFailed: 'Could not load the task',
    responseHint: 'Decide for each person; a decline needs a reason. Submit when all are decided.',
    responseSubmit: 'Submit decisions',
    pendingLeft: '{{count}} still undecided',
    planHint: 'Every accepted person needs a plan (their own or a whole-batch plan). Submit to the district office when ready.',
    planSubmit: 'Submit for review',
    returnedWith: 'Returned: {{comment}}',
    agree: 'Agree',
    return: 'Return',
    comment: 'Comment',
    commentRequired: 'A comment is required to return',
    returnSubmit: 'Return plan',
    staleHint: 'These persons have had no activity for long; follow up and record what was done.',
    staleNote: 'Follow-up',
    noteRequired: 'Describe the follow-up',
  },
  casePanel: {
    title: 'Charity referral',
    none: 'No referrals',
    outcome: 'Outcome',
  },
};

export { zh as referralsZh, en as referralsEn };

let registered = false;

/** Adds `referrals.*` to i18next; safe to call more than once. */
export function registerReferralsI18n(): void {
  if (registered) return;
  registered = true;
  i18n.addResourceBundle('zh', 'referrals', zh, true, true);
  i18n.addResourceBundle('en', 'referrals', en, true, true);
}

registerReferralsI18n();


export type ReferralsKey = Leaves<ReferralStrings>;

const NS = ['referrals', 'common'] as const;
export type ReferralsT = TFunction<typeof NS>;

/** `t` for this feature's keys (namespace `referrals`), plus `common:…`. */
export function useReferralsT(): ReferralsT {
  return useTranslation(NS).t;
}

export type LabelGroup =
  | 'category'
  | 'batchStatus'
  | 'itemStatus'
  | 'outcome'
  | 'outcomeReason'
  | 'content'
  | 'planStatus'
  | 'reviewAction'
  | 'relation'
  | 'consentStatus'
  | 'warningReason';

export function useReferralsLabel(): (group: LabelGroup, value: string | number | null | undefined) => string {
  const { t } = useTranslation(NS);
  return useMemo(() => {
    const loose = t as unknown as LooseT;
    return (group, value) =>
      value === null || value === undefined || value === ''
        ? loose('common:none')
        : loose(`${group}.${String(value)}`, { defaultValue: String(value) });
  }, [t]);
}
