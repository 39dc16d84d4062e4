import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import i18n from '@/i18n';
import type { LooseT, Strings } from '@/i18n/feature-strings';

/** The joint-meeting strings, under `meetings.*`; menu labels live in src/i18n (`nav.meetings`, `nav.agencyReferrals`). */
const zh = {
  common: {
    person: '救助对象',
    need: '需求',
    whyNotMet: '民政无法满足的原因',
    status: '状态',
    itemNo: '议题号',
    meeting: '联席会议',
    listedAt: '提交时间',
    openTask: '办理任务',
    phone: '电话',
    address: '地址',
    agency: '社工机构',
    department: '承办部门',
    decision: '会议决定',
    outcome: '结果',
    submit: '提交',
    confirm: '确认',
  },
  itemStatus: {
    LISTED: '待上会',
    SCHEDULED: '已列入会议',
    DEPARTMENT: '部门办理中',
    AGENCY_PLANNING: '社工机构制定方案',
    AGENCY_REVIEW: '方案待审核',
    AGENCY_SERVING: '社工服务中',
    AGENCY_CLOSING: '结案待确认',
    NOT_TAKEN: '不予受理',
    CLOSED: '已办结',
  },
  decision: { DEPARTMENT: '转交部门', AGENCY: '转介社工机构', NOT_TAKEN: '不予受理' },
  department: {
    MEDICAL_INSURANCE: '医疗保障',
    HOUSING: '住房城乡建设',
    EDUCATION: '教育',
    HUMAN_RESOURCES: '人力资源社会保障',
    EMERGENCY_MANAGEMENT: '应急管理',
    SCHOOL: '学校',
    JUDICIAL_OFFICE: '司法所',
    WOMENS_FEDERATION: '妇联',
    HEALTH_CENTRE: '卫生院',
    DISABLED_FEDERATION: '残联',
    VETERANS_STATION: '退役军人服务站',
  },
  outcome: {
    RESOLVED: '已解决',
    PARTLY_RESOLVED: '部分解决',
    NOT_RESOLVED: '未能解决',
    RETURNED: '部门退回',
  },
  planAction: { AGREED: '同意', RETURNED: '退回修改', WAITING: '待审核' },
  agenda: {
    title: '联席会议议题',
    agencyTitle: '社工机构转介',
    hint: '街道（镇）提交的民政部门无法满足的需求，经区联席会议研究后转交部门、转介社工机构或不予受理。',
    items: '议题',
    meetings: '会议',
    schedule: '安排会议',
    selectHint: '勾选待上会的议题后安排会议',
    selected: '已选 {{count}} 项',
    heldOn: '会议日期',
    attendees: '参会部门及人员',
    note: '备注',
    scheduled: '会议已安排',
    undecided: '待决定 {{count}} 项',
    itemCount: '议题 {{count}} 项',
  },
  decide: {
    title: '会议决定',
    button: '记录决定',
    kind: '决定',
    department: '承办部门',
    agency: '社工机构',
    note: '说明',
    reasonRequired: '不予受理须写明理由',
    chooseDepartment: '请选择承办部门',
    chooseAgency: '请选择社工机构',
    confirmTitle: '确认记录会议决定？',
    confirmBody: '决定记录后不能更改：{{decision}}。',
    done: '已记录会议决定',
  },
  item: {
    title: '议题 {{itemNo}}',
    returned: '部门退回：{{note}}',
    plans: '服务方案（每轮均保留）',
    round: '第 {{round}} 版',
    goals: '服务目标',
    services: '服务内容',
    schedule: '时间安排',
    staff: '服务人员',
    budget: '预算（元）',
    submittedBy: '提交：{{name}} {{at}}',
    reviewedBy: '审核：{{name}} {{at}}',
    noPlans: '尚未提交服务方案',
    deliveries: '服务记录',
    noDeliveries: '尚无服务记录',
    deliveredOn: '服务日期',
    content: '服务内容',
    duration: '时长（分钟）',
    minutes: '{{count}} 分钟',
    addDelivery: '登记服务',
    deliveryAdded: '已登记服务记录',
    attendees: '参会：{{attendees}}',
  },
  list: {
    button: '提交联席会议',
    title: '提交区联席会议',
    hint: '民政部门无法满足的需求，报区民政局（试点办公室）提交联席会议研究。',
    done: '已提交联席会议',
    none: '暂无联席会议议题',
  },
  task: {
    planHint: '请提交服务方案：服务目标、服务内容、时间安排、服务人员和预算。',
    returnedWith: '上一版被退回：{{comment}}',
    planSubmit: '提交方案',
    scheduleInvalid: '截止日期不能早于开始日期',
    reviewHint: '审核社工机构提交的服务方案：同意，或写明意见退回修改。',
    agree: '同意',
    return: '退回',
    comment: '意见',
    commentRequired: '退回时请写明意见',
    reviewSubmit: '提交审核',
    closeHint: '逐次登记服务记录；服务结束后选择结果并写明情况结案，由区民政局确认。',
    closeReturned: '结案被退回，请补充后重新结案。',
    summary: '结案情况',
    closeSubmit: '结案',
    closeConfirmTitle: '确认结案？',
    closeConfirmBody: '结案后由区民政局确认，不能再登记服务记录。',
    confirmHint: '核对服务记录和结案结果：确认后结果记入案件；不确认的写明理由退回社工机构。',
    confirmClose: '确认结案',
    returnClose: '退回社工机构',
    confirmSubmit: '提交',
  },
};

export type MeetingsStrings = typeof zh;

const en: Strings<MeetingsStrings> = {
  common: {
    person: 'Recipient',
    need: 'Need',
    whyNotMet: 'Why civil affairs cannot meet it',
    status: 'Status',
    itemNo: 'Item no.',
    meeting: 'Joint meeting',
    listedAt: 'Put forward',
    openTask: 'Open task',
    phone: 'Phone',
    address: 'Address',
    agency: 'Social-work agency',
    department: 'Department',
    decision: 'Decision',
    outcome: 'Outcome',
    submit: 'Submit',
    confirm: 'Confirm',
  },
  itemStatus: {
    LISTED: 'Awaiting a meeting',
    SCHEDULED: 'On a meeting',
    DEPARTMENT: 'With the department',
    AGENCY_PLANNING: 'Agency writing its plan',
    AGENCY_REVIEW: 'Plan awaiting review',
    AGENCY_SERVING: 'Agency serving',
    AGENCY_CLOSING: 'Close awaiting confirmation',
    NOT_TAKEN: 'Not taken up',
    CLOSED: 'Closed',
  },
  decision: { DEPARTMENT: 'Refer to a department', AGENCY: 'Refer to a social-work agency', NOT_TAKEN: 'Not taken up' },
  department: {
    MEDICAL_INSURANCE: 'Medical insurance',
    HOUSING: 'Housing and construction',
    EDUCATION: 'Education',
    HUMAN_RESOURCES: 'Human resources and social security',
    EMERGENCY_MANAGEMENT: 'Emergency management',
    SCHOOL: 'School',
    JUDICIAL_OFFICE: 'Judicial office',
    WOMENS_FEDERATION: "Women's federation",
    HEALTH_CENTRE: 'Health centre',
    DISABLED_FEDERATION: "Disabled persons' federation",
    VETERANS_STATION: 'Veterans service station',
  },
  outcome: {
    RESOLVED: 'Resolved',
    PARTLY_RESOLVED: 'Partly resolved',
    NOT_RESOLVED: 'Not resolved',
    RETURNED: 'Returned by the department',
  },
  planAction: { AGREED: 'Agreed', RETURNED: 'Returned', WAITING: 'Awaiting review' },
  agenda: {
    title: 'Joint meeting agenda',
    agencyTitle: 'Agency referrals',
    hint: 'Needs civil affairs cannot meet, put forward by the streets; the district joint meeting refers each to a department or a social-work agency, or does not take it up.',
    items: 'Items',
    meetings: 'Meetings',
    schedule: 'Schedule a meeting',
    selectHint: 'Tick waiting items, then schedule a meeting',
    selected: '{{count}} selected',
    heldOn: 'Meeting date',
    attendees: 'Departments and people present',
    note: 'Note',
    scheduled: 'Meeting scheduled',
    undecided: '{{count}} to decide',
    itemCount: '{{count}} items',
  },
  decide: {
    title: 'Meeting decision',
    button: 'Record decision',
    kind: 'Decision',
    department: 'Department',
    agency: 'Social-work agency',
    note: 'Explanation',
    reasonRequired: 'Give the reason for not taking it up',
    chooseDepartment: 'Choose the department',
    chooseAgency: 'Choose the agency',
    confirmTitle: 'Record the meeting decision?',
    confirmBody: 'A recorded decision cannot be changed: {{decision}}.',
    done: 'Decision recorded',
  },
  item: {
    title: 'Item {{itemNo}}',
    returned: 'Returned by the department: {{note}}',
    plans: 'Service plan (every round kept)',
    round: 'Round {{round}}',
    goals: 'Goals',
    services: 'Services',
    schedule: 'Schedule',
    staff: 'Staff',
    budget: 'Budget (yuan)',
    submittedBy: 'Submitted by {{name}} {{at}}',
    reviewedBy: 'Reviewed by {{name}} {{at}}',
    noPlans: 'No service plan submitted yet',
    deliveries: 'Deliveries',
    noDeliveries: 'No deliveries yet',
    deliveredOn: 'Date',
    content: 'What was done',
    duration: 'Duration (minutes)',
    minutes: '{{count}} min',
    addDelivery: 'Record delivery',
    deliveryAdded: 'Delivery recorded',
    attendees: 'Present: {{attendees}}',
  },
  list: {
    button: 'Put to the joint meeting',
    title: 'Put to the district joint meeting',
    hint: 'A need civil affairs cannot meet goes to the district (pilot office) for the joint department meeting.',
    done: 'Put to the joint meeting',
    none: 'No joint meeting items',
  },
  task: {
    planHint: 'Submit the service plan: goals, services, schedule, staff and budget.',
    returnedWith: 'The last round was returned: {{comment}}',
    planSubmit: 'Submit plan',
    scheduleInvalid: 'The end cannot be before the start',
    reviewHint: "Review the agency's service plan: agree, or return it with a comment.",
    agree: 'Agree',
    return: 'Return',
    comment: 'Comment',
    commentRequired: 'A comment is required to return',
    reviewSubmit: 'Submit review',
    closeHint: 'Record each delivery; when the service ends choose the outcome and close. The district confirms.',
    closeReturned: 'The close was returned; complete the record and close again.',
    summary: 'Summary',
    closeSubmit: 'Close',
    closeConfirmTitle: 'Close the referral?',
    closeConfirmBody: 'The district then confirms; no more deliveries can be recorded.',
    confirmHint: 'Check the deliveries and the outcome: confirming puts it on the case; otherwise return it to the agency with a reason.',
    confirmClose: 'Confirm the close',
    returnClose: 'Return to the agency',
    confirmSubmit: 'Submit',
  },
};

export { zh as meetingsZh, en as meetingsEn };

let registered = false;

/** Adds `meetings.*` to i18next; safe to call more than once. */
export function registerMeetingsI18n(): void {
  if (registered) return;
  registered = true;
  i18n.addResourceBundle('zh', 'meetings', zh, true, true);
  i18n.addResourceBundle('en', 'meetings', en, true, true);
}

registerMeetingsI18n();

const NS = ['meetings', 'common'] as const;
export type MeetingsT = TFunction<typeof NS>;

/** `t` for this feature's keys (namespace `meetings`), plus `common:…`. */
export function useMeetingsT(): MeetingsT {
  return useTranslation(NS).t;
}

export type LabelGroup = 'itemStatus' | 'decision' | 'department' | 'outcome' | 'planAction';

export function useMeetingsLabel(): (group: LabelGroup, value: string | null | undefined) => string {
  const { t } = useTranslation(NS);
  return useMemo(() => {
    const loose = t as unknown as LooseT;
    return (group, value) =>
      value === null || value === undefined || value === '' ? loose('common:none') : loose(`${group}.${value}`, { defaultValue: value });
  }, [t]);
}
