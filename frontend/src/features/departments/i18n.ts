import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import i18n from '@/i18n';
import type { Strings, LooseT } from '@/i18n/feature-strings';

/** The department referral strings, under `departments.*`; the menu label lives in src/i18n (`nav.departments`). */
const zh = {
  list: {
    title: '部门转办',
    intro: '民政部门转给专项救助部门和乡镇部门办理的事项：部门受理后 15 个工作日内反馈办理结果，超期将通知区民政局督办。',
    introDepartment: '转给本部门的事项：请在待办任务中受理或退回，受理后 15 个工作日内反馈办理结果。',
    referralNo: '转办编号',
    person: '对象',
    village: '村(社区)',
    department: '部门',
    matter: '转办事项',
    requestedAt: '转办时间',
    dueOn: '反馈期限',
    overdue: '超期',
  },
  detail: {
    title: '部门转办 {{no}}',
    back: '返回列表',
    source: '来源',
    kind: '部门类别',
    requestedBy: '转办人',
    acceptedAt: '受理时间',
    closedAt: '办结时间',
    summary: '办理结果',
    steps: '办理过程',
    notFound: '转办记录不存在或不在您的管辖范围内。',
  },
  status: {
    REQUESTED: '待部门受理',
    ACCEPTED: '办理中',
    RESOLVED: '已解决',
    NOT_RESOLVED: '未能解决',
    RETURNED: '已退回',
  },
  step: {
    REQUESTED: '转办',
    ACCEPTED: '受理',
    RETURNED: '退回',
    OVERDUE: '超期督办',
    RESOLVED: '反馈：已解决',
    NOT_RESOLVED: '反馈：未能解决',
  },
  source: {
    ONE_DOOR: '一门受理',
    CARE_PROBLEM: '走访发现问题',
    JOINT_MEETING: '部门联席会议',
  },
  kind: {
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
  task: {
    acceptTitle: '受理或退回',
    acceptIntro: '属于本部门职责的请受理，受理后须在 15 个工作日内反馈办理结果；不属于的请退回并说明理由。',
    decision: '处理意见',
    accept: '受理',
    return: '退回',
    reason: '退回理由',
    reasonPlaceholder: '说明为何不属于本部门职责，建议转交哪个部门',
    submitAccept: '确认受理',
    submitReturn: '确认退回',
    confirmReturn: '退回后本次转办即结束，由民政部门另行处理。确定退回吗？',
    feedbackTitle: '反馈办理结果',
    feedbackIntro: '请如实填写办理情况；提交后转办结束，结果记入对象的档案，不能再修改。',
    resolved: '办理结果',
    resolvedYes: '已解决',
    resolvedNo: '未能解决',
    summary: '办理情况',
    summaryPlaceholder: '做了什么、结果如何；未能解决的说明原因和建议',
    submitFeedback: '提交办理结果',
    confirmFeedback: '提交后不能修改。确定提交办理结果吗？',
    ok: '确定',
    cancel: '取消',
    noSubject: '无法读取转办信息。',
    heldByOther: '该任务已由他人办理中。',
  },
};

const en: Strings<typeof zh> = {
  list: {
    title: 'Department referrals',
    intro: 'Matters civil affairs referred to special-assistance and township departments: the department answers within 15 working days of accepting; late answers are escalated to the district.',
    introDepartment: 'Matters referred to your department: accept or return them from your inbox, then report the result within 15 working days.',
    referralNo: 'Referral no.',
    person: 'Person',
    village: 'Village',
    department: 'Department',
    matter: 'Matter',
    requestedAt: 'Referred on',
    dueOn: 'Answer due',
    overdue: 'Overdue',
  },
  detail: {
    title: 'Department referral {{no}}',
    back: 'Back to the list',
    source: 'Source',
    kind: 'Department kind',
    requestedBy: 'Referred by',
    acceptedAt: 'Accepted',
    closedAt: 'Closed',
    summary: 'Result',
    steps: 'Steps',
    notFound: 'This referral does not exist or is outside your area.',
  },
  status: {
    REQUESTED: 'Awaiting the department',
    ACCEPTED: 'In progress',
    RESOLVED: 'Resolved',
    NOT_RESOLVED: 'Not resolved',
    RETURNED: 'Returned',
  },
  step: {
    REQUESTED: 'Referred',
    ACCEPTED: 'Accepted',
    RETURNED: 'Returned',
    OVERDUE: 'Overdue, escalated',
    RESOLVED: 'Answer: resolved',
    NOT_RESOLVED: 'Answer: not resolved',
  },
  source: {
    ONE_DOOR: 'One-door intake',
    CARE_PROBLEM: 'Problem found on a visit',
    JOINT_MEETING: 'Joint department meeting',
  },
  kind: {
    MEDICAL_INSURANCE: 'Medical insurance',
    HOUSING: 'Housing',
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
  task: {
    acceptTitle: 'Accept or return',
    acceptIntro: 'Accept what is your department’s business and report the result within 15 working days; return anything else with a reason.',
    decision: 'Decision',
    accept: 'Accept',
    return: 'Return',
    reason: 'Reason for returning',
    reasonPlaceholder: 'Why this is not your department’s business, and who should take it',
    submitAccept: 'Accept the referral',
    submitReturn: 'Return the referral',
    confirmReturn: 'Returning ends this referral; civil affairs will route it elsewhere. Return it?',
    feedbackTitle: 'Report the result',
    feedbackIntro: 'Describe what was done; once submitted the referral ends and the result goes on the person’s file. It cannot be changed.',
    resolved: 'Result',
    resolvedYes: 'Resolved',
    resolvedNo: 'Not resolved',
    summary: 'What was done',
    summaryPlaceholder: 'What was done and with what result; if not resolved, why and what next',
    submitFeedback: 'Submit the result',
    confirmFeedback: 'This cannot be changed afterwards. Submit the result?',
    ok: 'OK',
    cancel: 'Cancel',
    noSubject: 'The referral could not be read.',
    heldByOther: 'Someone else is working on this task.',
  },
};

export type DepartmentsStrings = typeof zh;
export { zh as departmentsZh, en as departmentsEn };

let registered = false;

/** Adds `departments.*` to i18next; safe to call more than once. */
export function registerDepartmentsI18n(): void {
  if (registered) return;
  registered = true;
  i18n.addResourceBundle('zh', 'departments', zh, true, true);
  i18n.addResourceBundle('en', 'departments', en, true, true);
}

registerDepartmentsI18n();

const NS = ['departments', 'common'] as const;
export type DepartmentsT = TFunction<typeof NS>;

/** `t` for this feature's keys (namespace `departments`), plus `common:…`. */
export function useDepartmentsT(): DepartmentsT {
  return useTranslation(NS).t;
}

export type LabelGroup = 'status' | 'step' | 'source' | 'kind';

export function useDepartmentsLabel(): (group: LabelGroup, value: string | null | undefined) => string {
  const { t } = useTranslation(NS);
  return useMemo(() => {
    const loose = t as unknown as LooseT;
    return (group, value) =>
      value === null || value === undefined || value === '' ? loose('common:none') : loose(`${group}.${value}`, { defaultValue: value });
  }, [t]);
}
