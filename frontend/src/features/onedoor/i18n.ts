import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import i18n from '@/i18n';
import type { Strings, LooseT } from '@/i18n/feature-strings';

/** The one-door strings, under `onedoor.*`; menu labels live in src/i18n (`nav.intakes*`). */
const zh = {
  common: {
    intakeNo: '受理编号',
    person: '对象',
    village: '村（社区）',
    status: '状态',
    createdAt: '受理时间',
    createdBy: '受理人',
    needs: '困难情况',
    routes: '救助路径',
    outcome: '办理结果',
    amountRequested: '申请金额',
    amountGranted: '救助金额',
    yuan: '{{amount}} 元',
    refNo: '办理编号',
    proposed: '规则建议',
    added: '经办人补充',
    personPage: '人员页',
    fromCase: '来源线索',
    note: '备注',
    eventOn: '发生日期',
    livingAtRisk: '基本生活暂时严重困难',
    decidedBy: '认定人',
    doneAt: '办结时间',
    waiting: '等待办理结果',
    loadFailed: '加载失败',
    openCase: '查看案件',
  },
  needType: {
    BASIC_LIVING: '基本生活困难',
    MEDICAL: '医疗困难',
    HOUSING: '住房困难',
    EDUCATION: '教育困难',
    EMPLOYMENT: '就业困难',
    NATURAL_DISASTER: '自然灾害',
    ACCIDENT: '意外事故',
    NECESSARY_EXPENSE: '刚性支出过大',
    CARE: '生活照料等服务需求',
  },
  routeType: {
    SUBSISTENCE: '低保/特困申请',
    DEPARTMENT: '专项救助部门',
    TEMPORARY_AID: '临时救助',
    SERVICE: '服务类社会救助',
  },
  department: {
    MEDICAL_INSURANCE: '医疗保障部门',
    HOUSING: '住房城乡建设部门',
    EDUCATION: '教育部门',
    HUMAN_RESOURCES: '人力资源社会保障部门',
    EMERGENCY_MANAGEMENT: '应急管理部门',
    SCHOOL: '学校',
    JUDICIAL_OFFICE: '司法所',
    WOMENS_FEDERATION: '妇联',
    HEALTH_CENTRE: '卫生院',
    DISABLED_FEDERATION: '残联',
    VETERANS_STATION: '退役军人服务站',
  },
  routeStatus: { PROPOSED: '待确认', OPEN: '办理中', DONE: '已办结', DROPPED: '未采用' },
  intakeStatus: { ROUTING: '待确认路径', IN_PROGRESS: '办理中', DONE: '已办结' },
  outcome: {
    RESOLVED: '已解决',
    NOT_RESOLVED: '未能解决',
    RETURNED: '部门退回',
    GRANTED: '已给予救助',
    REFUSED: '未予批准',
    LOW_INCOME_GUARANTEE: '认定为低保',
    EXTREME_POVERTY: '认定为特困',
    CASE_OPENED: '已启动案件',
    CASE_EXISTING: '已有在办案件',
  },
  caseStatus: {
    LEAD: '待核实',
    VERIFIED: '调查评估中',
    RECOGNITION: '待审批认定',
    FILING: '建档中',
    NOTICE: '公示中',
    SERVING: '服务中',
    CLOSED_NOT_GENUINE: '核实不属服务类救助',
    REJECTED: '不予认定',
    OBJECTION_UPHELD: '异议成立',
    EXITED: '已退出',
  },
  careStatus: { PENDING_GRADING: '待定级', ACTIVE: '关爱中', NOT_GRADED: '未定级', ENDED: '已结束' },
  list: {
    title: '一门受理',
    newIntake: '受理登记',
    empty: '暂无受理',
    total: '共 {{count}} 件',
    allStatuses: '全部状态',
    openRoutes: '{{open}}/{{all}} 条路径办理中',
  },
  form: {
    title: '一门受理登记',
    intro: '任何困难均可在村（社区）或街道（乡镇）一门受理：登记对象和困难情况，系统按分办规则建议救助路径，由街道（乡镇）经办人确认后分别发起。',
    fromCaseTitle: '由线索转入',
    fromCaseText: '线索 {{caseNo}} 核实为不属于服务类社会救助，对象沿用该线索的人员。',
    existingTitle: '已登记人员',
    existingText: '为 {{name}} 受理新的困难。',
    newPerson: '受理对象',
    village: '村（社区）',
    villageFixed: '{{name}}',
    chooseVillage: '选择村（社区）',
    need: '困难 {{n}}',
    needType: '困难类型',
    description: '情况说明',
    descriptionPlaceholder: '发生了什么、目前的困难',
    amount: '金额（元）',
    amountHint: '损失或支出金额，没有可不填',
    livingAtRisk: '基本生活暂时出现严重困难',
    addNeed: '再加一项困难',
    removeNeed: '删除此项',
    note: '备注',
    submit: '提交受理',
    created: '已受理：{{no}}',
    refused: '未能受理',
  },
  documents: {
    title: '材料',
    none: '暂无材料',
    upload: '上传材料',
    hint: 'PDF、JPG 或 PNG，如诊断证明、费用单据、受灾照片',
    uploaded: '已上传：{{name}}',
  },
  view: {
    title: '受理 {{no}}',
    back: '返回受理列表',
    needOf: '对应困难',
    notFound: '受理不存在或不在您的管辖范围内',
  },
  person: {
    title: '人员页',
    idNumber: '身份证号',
    gender: '性别',
    birthDate: '出生日期',
    phone: '电话',
    address: '地址',
    intakes: '一门受理',
    cases: '服务类社会救助案件',
    care: '关爱帮扶',
    noIntakes: '暂无一门受理',
    noCases: '暂无案件',
    noCare: '未纳入关爱帮扶',
    level: '{{level}} 级',
    openCare: '查看关爱档案',
    newIntake: '为其受理新困难',
    notFound: '人员不存在或不在您的管辖范围内',
  },
  gender: { MALE: '男', FEMALE: '女' },
  task: {
    confirmHint: '对照困难情况核对系统建议的救助路径：不需要的取消勾选，缺少的可补充。提交后各路径即分别发起。',
    keep: '采用',
    addRoute: '补充路径',
    routeType: '路径',
    department: '部门',
    needOf: '对应困难',
    add: '加入',
    none: '请至少保留一条救助路径',
    submit: '确认并发起',
    decisionHint: '对一门受理转来的低保/特困申请作出认定；不予认定须说明理由。',
    decision: '认定结果',
    decisionNote: '认定意见',
    noteRequired: '不予认定须说明理由',
    decide: '提交认定',
  },
  decision: { LOW_INCOME_GUARANTEE: '认定为低保', EXTREME_POVERTY: '认定为特困', REFUSED: '不予认定' },
};

const en: Strings<typeof zh> = {
  common: {
    intakeNo: 'Intake no.',
    person: 'Person',
    village: 'Village (community)',
    status: 'Status',
    createdAt: 'Taken in',
    createdBy: 'Taken in by',
    needs: 'Hardships',
    routes: 'Assistance routes',
    outcome: 'Outcome',
    amountRequested: 'Amount asked',
    amountGranted: 'Amount granted',
    yuan: '¥{{amount}}',
    refNo: 'Reference',
    proposed: 'Proposed by the rules',
    added: 'Added by the clerk',
    personPage: 'Person page',
    fromCase: 'From lead',
    note: 'Note',
    eventOn: 'Date of the event',
    livingAtRisk: 'Basic living temporarily in serious difficulty',
    decidedBy: 'Decided by',
    doneAt: 'Done',
    waiting: 'Waiting for the outcome',
    loadFailed: 'Could not load',
    openCase: 'Open the case',
  },
  needType: {
    BASIC_LIVING: 'Basic living',
    MEDICAL: 'Medical',
    HOUSING: 'Housing',
    EDUCATION: 'Education',
    EMPLOYMENT: 'Employment',
    NATURAL_DISASTER: 'Natural disaster',
    ACCIDENT: 'Accident',
    NECESSARY_EXPENSE: 'Crushing necessary expense',
    CARE: 'Care and other services',
  },
  routeType: {
    SUBSISTENCE: 'Minimum living guarantee / extreme-poverty support',
    DEPARTMENT: 'Special-assistance department',
    TEMPORARY_AID: 'Temporary assistance',
    SERVICE: 'Service-type assistance',
  },
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
  routeStatus: { PROPOSED: 'To confirm', OPEN: 'In progress', DONE: 'Done', DROPPED: 'Not taken' },
  intakeStatus: { ROUTING: 'Routes to confirm', IN_PROGRESS: 'In progress', DONE: 'Done' },
  outcome: {
    RESOLVED: 'Resolved',
    NOT_RESOLVED: 'Not resolved',
    RETURNED: 'Returned by the department',
    GRANTED: 'Granted',
    REFUSED: 'Refused',
    LOW_INCOME_GUARANTEE: 'Minimum living guarantee granted',
    EXTREME_POVERTY: 'Recognised for extreme-poverty support',
    CASE_OPENED: 'Case started',
    CASE_EXISTING: 'Case already open',
  },
  caseStatus: {
    LEAD: 'To verify',
    VERIFIED: 'Being assessed',
    RECOGNITION: 'Awaiting recognition',
    FILING: 'Filing',
    NOTICE: 'On public notice',
    SERVING: 'Serving',
    CLOSED_NOT_GENUINE: 'Not service-type assistance',
    REJECTED: 'Not recognised',
    OBJECTION_UPHELD: 'Objection upheld',
    EXITED: 'Exited',
  },
  careStatus: { PENDING_GRADING: 'To grade', ACTIVE: 'Under care', NOT_GRADED: 'Not graded', ENDED: 'Ended' },
  list: {
    title: 'One door',
    newIntake: 'New intake',
    empty: 'No intakes',
    total: '{{count}} intakes',
    allStatuses: 'All statuses',
    openRoutes: '{{open}} of {{all}} routes in progress',
  },
  form: {
    title: 'One-door intake',
    intro: 'Any hardship is taken in at one door, in the village or the street office: record the person and the hardships; the routing rules propose routes, and the street office confirms them before each is raised.',
    fromCaseTitle: 'From a lead',
    fromCaseText: 'Lead {{caseNo}} was found not to need service-type assistance; the intake is for the same person.',
    existingTitle: 'Person on file',
    existingText: 'A new intake for {{name}}.',
    newPerson: 'Person',
    village: 'Village (community)',
    villageFixed: '{{name}}',
    chooseVillage: 'Choose the village',
    need: 'Hardship {{n}}',
    needType: 'Kind of hardship',
    description: 'Description',
    descriptionPlaceholder: 'What happened and what is hard now',
    amount: 'Amount (yuan)',
    amountHint: 'Loss or expense, if any',
    livingAtRisk: 'Basic living temporarily in serious difficulty',
    addNeed: 'Add another hardship',
    removeNeed: 'Remove',
    note: 'Note',
    submit: 'Take in',
    created: 'Taken in: {{no}}',
    refused: 'Could not take it in',
  },
  documents: {
    title: 'Documents',
    none: 'No documents',
    upload: 'Upload a document',
    hint: 'PDF, JPG or PNG: a diagnosis, bills, photos of the damage',
    uploaded: 'Uploaded: {{name}}',
  },
  view: {
    title: 'Intake {{no}}',
    back: 'Back to the intakes',
    needOf: 'For',
    notFound: 'No such intake in your area',
  },
  person: {
    title: 'Person page',
    idNumber: 'ID number',
    gender: 'Gender',
    birthDate: 'Date of birth',
    phone: 'Phone',
    address: 'Address',
    intakes: 'One-door intakes',
    cases: 'Service-type assistance cases',
    care: 'Care monitoring',
    noIntakes: 'No intakes',
    noCases: 'No cases',
    noCare: 'Not under care monitoring',
    level: 'Level {{level}}',
    openCare: 'Open the care record',
    newIntake: 'Take in a new hardship',
    notFound: 'No such person in your area',
  },
  gender: { MALE: 'Male', FEMALE: 'Female' },
  task: {
    confirmHint: 'Check the routes the rules propose against the hardships: untick those not needed and add any missing. Each is raised when you confirm.',
    keep: 'Take',
    addRoute: 'Add a route',
    routeType: 'Route',
    department: 'Department',
    needOf: 'For',
    add: 'Add',
    none: 'Keep at least one route',
    submit: 'Confirm and raise',
    decisionHint: 'Decide the minimum-living-guarantee or extreme-poverty application sent by the one door; a refusal needs its reason.',
    decision: 'Decision',
    decisionNote: 'Opinion',
    noteRequired: 'A refusal needs its reason',
    decide: 'Record the decision',
  },
  decision: { LOW_INCOME_GUARANTEE: 'Minimum living guarantee granted', EXTREME_POVERTY: 'Recognised for extreme-poverty support', REFUSED: 'Refused' },
};

export type OneDoorStrings = typeof zh;
export { zh as onedoorZh, en as onedoorEn };

let registered = false;

/** Adds `onedoor.*` to i18next; safe to call more than once. */
export function registerOneDoorI18n(): void {
  if (registered) return;
  registered = true;
  i18n.addResourceBundle('zh', 'onedoor', zh, true, true);
  i18n.addResourceBundle('en', 'onedoor', en, true, true);
}

registerOneDoorI18n();

const NS = ['onedoor', 'common'] as const;
export type OneDoorT = TFunction<typeof NS>;

/** `t` for this feature's keys (namespace `onedoor`), plus `common:…`. */
export function useOneDoorT(): OneDoorT {
  return useTranslation(NS).t;
}

export type LabelGroup =
  | 'needType'
  | 'routeType'
  | 'department'
  | 'routeStatus'
  | 'intakeStatus'
  | 'outcome'
  | 'caseStatus'
  | 'careStatus'
  | 'gender'
  | 'decision';

export function useOneDoorLabel(): (group: LabelGroup, value: string | number | null | undefined) => string {
  const { t } = useTranslation(NS);
  return useMemo(() => {
    const loose = t as unknown as LooseT;
    return (group, value) =>
      value === null || value === undefined || value === ''
        ? loose('common:none')
        : loose(`${group}.${String(value)}`, { defaultValue: String(value) });
  }, [t]);
}
