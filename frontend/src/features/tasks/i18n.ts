import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import i18n from '@/i18n';
import type { Strings } from '@/i18n/feature-strings';

/**
 * The inbox and the task page, namespace `tasks`: `inbox.*` (the task list), `task.*` (the task
 * page and its diagram), `form.*` (the engine's generic form: rules and controls). Added to i18next
 * when this module is first imported. What components/TaskStateAlerts says stays in `translation`.
 */
const zh = {
  inbox: {
    title: '我的待办',
    all: '全部',
    mine: '我的',
    group: '待领取',
    refresh: '刷新',
    empty: '暂无待办任务',
    total: '共 {{count}} 条',
    name: '任务',
    businessKey: '业务编号',
    caseSubject: '对象',
    process: '流程',
    org: '所属单位',
    created: '创建时间',
    due: '办理期限',
    assignee: '办理人',
    unassigned: '待领取',
    loadFailed: '待办任务加载失败',
    search: '姓名或编号',
    searchLabel: '按姓名或编号查找',
    type: '任务类型',
    allTypes: '全部类型',
    typeCount: '{{name}}（{{count}}）',
    sort: '排序',
    sortDue: '按期限',
    sortCreated: '最新创建',
    count: '共 {{count}} 条待办',
    someone: '其他人员',
    clear: '清除条件',
    noMatch: '没有符合条件的待办',
  },
  task: {
    back: '返回待办',
    details: '任务信息',
    description: '说明',
    claim: '领取',
    unclaim: '退回',
    claimed: '已领取任务',
    unclaimed: '已退回任务',
    complete: '提交',
    confirmTitle: '确认提交本环节？',
    confirmText: '提交后本环节即办结，流程进入下一步，不能撤回。',
    confirmOk: '确认提交',
    confirmCancel: '再看看',
    completed: '任务已办理完成',
    form: '办理表单',
    noFields: '此任务无需填写表单，直接提交即可。',
    assignedToOther: '此任务已由 {{assignee}} 领取，您无法办理。',
    claimHint: '该任务尚未领取，提交时将自动领取。',
    notFound: '任务不存在，或已办理完成，或您无权查看。',
    loadFailed: '任务加载失败',
    formErrors: '表单填写有误，请检查标红的项目。',
    diagram: '流程图',
    diagramLoading: '正在加载流程图…',
    diagramFailed: '流程图加载失败',
    currentStep: '当前环节已高亮显示',
    subject: '办理对象',
    summary: '当前步骤：{{step}} · 办理：{{holder}} · 期限：{{due}}',
    holderMe: '您本人',
    holderOther: '其他工作人员（已领取）',
    holderGroup: '{{org}}（待领取）',
    noDue: '无期限',
  },
  form: {
    required: '请填写「{{label}}」',
    choose: '请选择「{{label}}」',
    minLength: '「{{label}}」至少需要 {{min}} 个字',
    maxLength: '「{{label}}」不能超过 {{max}} 个字',
    min: '「{{label}}」不能小于 {{min}}',
    max: '「{{label}}」不能大于 {{max}}',
    integer: '「{{label}}」必须是整数',
    yes: '是',
    no: '否',
    selectPlaceholder: '请选择',
    datePlaceholder: '选择日期',
  },
};

export type TasksStrings = typeof zh;

const en: Strings<TasksStrings> = {
  inbox: {
    title: 'My tasks',
    all: 'All',
    mine: 'Mine',
    group: 'To claim',
    refresh: 'Refresh',
    empty: 'No open tasks',
    total: '{{count}} in total',
    name: 'Task',
    businessKey: 'Reference',
    caseSubject: 'Person',
    process: 'Process',
    org: 'Organisation',
    created: 'Created',
    due: 'Due',
    assignee: 'Assignee',
    unassigned: 'To claim',
    loadFailed: 'Could not load tasks',
    search: 'Name or number',
    searchLabel: 'Find by name or number',
    type: 'Task type',
    allTypes: 'All types',
    typeCount: '{{name}} ({{count}})',
    sort: 'Order',
    sortDue: 'By due date',
    sortCreated: 'Newest first',
    count: '{{count}} open tasks',
    someone: 'Another colleague',
    clear: 'Clear',
    noMatch: 'No tasks match',
  },
  task: {
    back: 'Back to tasks',
    details: 'Task details',
    description: 'Description',
    claim: 'Claim',
    unclaim: 'Release',
    claimed: 'Task claimed',
    unclaimed: 'Task released',
    complete: 'Complete',
    confirmTitle: 'Complete this step?',
    confirmText: 'Once completed the step is done and the process moves on; it cannot be undone.',
    confirmOk: 'Complete',
    confirmCancel: 'Go back',
    completed: 'Task completed',
    form: 'Form',
    noFields: 'This task has no form; just complete it.',
    assignedToOther: 'This task has been claimed by {{assignee}}; you cannot work on it.',
    claimHint: 'This task is unclaimed; completing it claims it for you.',
    notFound: 'The task does not exist, is already completed, or is not visible to you.',
    loadFailed: 'Could not load the task',
    formErrors: 'Please correct the highlighted fields.',
    diagram: 'Process diagram',
    diagramLoading: 'Loading the diagram…',
    diagramFailed: 'Could not load the diagram',
    currentStep: 'The current step is highlighted',
    subject: 'What this task is about',
    summary: 'Current step: {{step}} · Held by: {{holder}} · Due: {{due}}',
    holderMe: 'you',
    holderOther: 'another staff member',
    holderGroup: '{{org}} (not taken yet)',
    noDue: 'none',
  },
  form: {
    required: 'Please fill in "{{label}}"',
    choose: 'Please choose "{{label}}"',
    minLength: '"{{label}}" needs at least {{min}} characters',
    maxLength: '"{{label}}" can have at most {{max}} characters',
    min: '"{{label}}" must be at least {{min}}',
    max: '"{{label}}" must be at most {{max}}',
    integer: '"{{label}}" must be a whole number',
    yes: 'Yes',
    no: 'No',
    selectPlaceholder: 'Select',
    datePlaceholder: 'Pick a date',
  },
};

export const tasksZh = zh;
export const tasksEn = en;

// Adds the namespace `tasks` to i18next (deep merge, so loading twice changes nothing).
i18n.addResourceBundle('zh', 'tasks', zh, true, true);
i18n.addResourceBundle('en', 'tasks', en, true, true);

const NS = ['tasks', 'common'] as const;
export type TasksT = TFunction<typeof NS>;

/** `t` for this feature's keys, plus `common:…`. */
export function useTasksT(): TasksT {
  return useTranslation(NS).t;
}
