import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import i18n from '@/i18n';
import type { Strings, Leaves } from '@/i18n/feature-strings';

/**
 * Strings of the domain task screens, namespace `caseTasks`.
 * They are added to i18next when this module is first imported; the Chinese text is the original, English mirrors its keys.
 * The case's own words (the case card's labels, recipient category, item category, self-care, carer,
 * grant status) are the `cases` namespace's: the screens read them with `useCasesT()` / `useCasesLabel()`.
 */
export const zh = {
  common: {
    caseLoadFailed: '案件信息加载失败',
    catalogueLoadFailed: '服务目录加载失败',
    catalogueEmpty: '服务目录为空，请联系管理员。',
    noCase: '此任务未关联案件，无法办理。',
    formErrors: '表单填写有误，请检查标红的项目。',
    required: '请填写「{{label}}」',
    choose: '请选择「{{label}}」',
    tooLong: '「{{label}}」不能超过 {{max}} 个字',
    chooseItems: '请至少选择一项服务项目',
    conflict: '任务状态已变化',
    notFound: '任务不存在或已办理完成',
    failed: '提交失败',
    invalid: '提交的内容有误',
  },
  caseInfo: {
    openCase: '查看案件详情',
  },
  price: '{{price}} 元/{{unit}}',
  priceNoUnit: '{{price}} 元',
  assess: {
    title: '入户调查与需求评估',
    intro: '请入户核实对象情况，如实填写评估结果并选择所需的服务项目。',
    category: '救助类别',
    recognised: '是否已是社会救助对象',
    recognisedYes: '是（已是社会救助对象）',
    recognisedNo: '否（报区民政局审批认定）',
    recognisedNoHint: '提交后将报区民政局审批认定。',
    selfCare: '自理能力',
    carer: '照料情况',
    living: '居住及生活情况',
    livingPlaceholder: '住房、收入、日常生活等情况，选填',
    note: '服务需求说明',
    notePlaceholder: '对象及家属的具体需求，选填',
    items: '所需服务项目',
    itemsChosen: '已选 {{count}} 项',
    submit: '提交评估',
  },
  file: {
    title: '建立档案（一人一档）',
    intro: '请核对并上传对象的必备材料，材料齐全后完成建档，系统将分配服务号。',
    submit: '完成建档',
    submitMissing: '还缺{{documents}}，暂不能建档',
    separator: '、',
  },
  pinSlip: {
    title: '打印密码函',
    intro: '服务卡已制发，请为服务对象打印密码函。6位服务确认密码在打印时生成，只显示这一次。',
    handOver: '打印后将密码函装入信封密封，由工作人员当面交给服务对象本人，与服务卡分开交付、分开保管；不要代为保管、拍照或告知他人。',
    cardNo: '服务卡号',
    pinState: '服务确认密码',
    pinNotSet: '密码函尚未打印',
    pinSetAt: '密码函已于 {{at}} 打印',
    revoked: '服务卡已注销，无需打印密码函。',
    noCard: '该案件暂无服务卡。',
    print: '打印密码函',
    printHint: '打印即办结本任务；服务卡注销时本任务自动结束。',
  },
  review: {
    title: '动态复核',
    intro: '请核实对象当前情况，决定维持、变更服务项目或停止服务并退出。',
    trigger: '复核原因',
    triggerAt: '{{at}} 由 {{actor}} 报告',
    periodic: '定期复核：未发现身份变化报告。',
    currentItems: '当前服务项目',
    noItems: '当前没有服务项目。',
    decision: '复核结论',
    decisionConfirm: '维持',
    decisionChange: '变更服务项目',
    decisionStop: '停止服务并退出',
    items: '变更后的服务项目',
    itemsHint: '勾选变更后仍需提供的全部服务项目，未勾选的将停止。',
    added: '将新增：{{items}}',
    removed: '将停止：{{items}}',
    unchanged: '服务项目与当前相同。',
    stopWarning: '提交后将停止该对象的全部服务项目，注销服务卡并退出救助，此操作不能撤销。',
    reason: '复核意见',
    reasonPlaceholder: '复核发现的情况及处理理由',
    submit: '提交复核',
    submitStop: '确认停止服务并退出',
  },
  delivery: {
    title: '服务实施与结案',
    intro: '服务期间可随时记录服务情况；服务完成后填写服务结果并结案。',
    service: '服务任务',
    activityTitle: '记录服务情况',
    activity: '服务情况',
    activityPlaceholder: '服务时间、内容、对象反馈等',
    activitySubmit: '保存记录',
    activitySaved: '服务情况已记录',
    recent: '最近记录',
    noRecent: '尚无服务记录。',
    outcomeTitle: '服务结案',
    outcome: '服务结果',
    outcomePlaceholder: '服务完成情况及成效',
    outcomeSubmit: '提交结案',
  },
};


export type CaseTasksStrings = typeof zh;

export const en: Strings<CaseTasksStrings> = {
  common: {
    caseLoadFailed: 'Could not load the case',
    catalogueLoadFailed: 'Could not load the service catalogue',
    catalogueEmpty: 'The service catalogue is empty. Please contact the administrator.',
    noCase: 'This task has no case and cannot be handled here.',
    formErrors: 'Please correct the fields marked in red.',
    required: 'Please fill in “{{label}}”',
    choose: 'Please choose “{{label}}”',
    tooLong: '“{{label}}” may not exceed {{max}} characters',
    chooseItems: 'Please choose at least one service item',
    conflict: 'The task has changed',
    notFound: 'The task does not exist or has been completed',
    failed: 'Submission failed',
    invalid: 'The submission has errors',
  },
  caseInfo: {
    openCase: 'Open the case',
  },
  price: '¥{{price}} per {{unit}}',
  priceNoUnit: '¥{{price}}',
  assess: {
    title: 'Home investigation and needs assessment',
    intro: 'Visit the person at home, record the assessment truthfully and choose the services needed.',
    category: 'Assistance category',
    recognised: 'Already a social assistance recipient?',
    recognisedYes: 'Yes (already a recipient)',
    recognisedNo: 'No (refer to the district bureau for recognition)',
    recognisedNoHint: 'The case will be sent to the district bureau for recognition.',
    selfCare: 'Self-care ability',
    carer: 'Care situation',
    living: 'Housing and living situation',
    livingPlaceholder: 'Housing, income, daily life; optional',
    note: 'Needs',
    notePlaceholder: 'What the person and family need; optional',
    items: 'Service items needed',
    itemsChosen: '{{count}} chosen',
    submit: 'Submit assessment',
  },
  file: {
    title: 'File the case (one file per person)',
    intro: 'Check and upload the required documents; once complete, file the case to get a service number.',
    submit: 'File the case',
    submitMissing: 'Cannot file yet, missing: {{documents}}',
    separator: ', ',
  },
  pinSlip: {
    title: 'Print the PIN slip',
    intro: 'The service card has been issued: print the PIN slip for the recipient. The 6-digit confirmation PIN is made when the slip is printed and shown only this once.',
    handOver: 'Seal the printed slip in an envelope; staff hand it to the recipient in person, separately from the card, to be kept apart from it. Never keep, photograph or tell the PIN to anyone.',
    cardNo: 'Card number',
    pinState: 'Confirmation PIN',
    pinNotSet: 'PIN slip not printed yet',
    pinSetAt: 'PIN slip printed at {{at}}',
    revoked: 'The service card has been revoked: no PIN slip is needed.',
    noCard: 'This case has no service card yet.',
    print: 'Print the PIN slip',
    printHint: 'Printing completes this task; it ends by itself if the card is revoked.',
  },
  review: {
    title: 'Review',
    intro: 'Check the person’s current situation, then keep, change or stop the services.',
    trigger: 'Reason for review',
    triggerAt: 'Reported by {{actor}} at {{at}}',
    periodic: 'Periodic review: no status change has been reported.',
    currentItems: 'Current services',
    noItems: 'No services at present.',
    decision: 'Decision',
    decisionConfirm: 'Keep',
    decisionChange: 'Change the services',
    decisionStop: 'Stop services and exit',
    items: 'Services after the change',
    itemsHint: 'Tick every service still needed; unticked ones will be stopped.',
    added: 'To add: {{items}}',
    removed: 'To stop: {{items}}',
    unchanged: 'The services are the same as now.',
    stopWarning:
      'Submitting stops all of this person’s services, revokes the service card and exits assistance. This cannot be undone.',
    reason: 'Review opinion',
    reasonPlaceholder: 'What the review found and why',
    submit: 'Submit review',
    submitStop: 'Confirm: stop services and exit',
  },
  delivery: {
    title: 'Service delivery and closing',
    intro: 'Record what was done at any time during the service; when it is finished, record the outcome and close.',
    service: 'Service task',
    activityTitle: 'Record an activity',
    activity: 'Activity',
    activityPlaceholder: 'When, what was done, feedback',
    activitySubmit: 'Save record',
    activitySaved: 'Activity recorded',
    recent: 'Recent records',
    noRecent: 'No records yet.',
    outcomeTitle: 'Close the service',
    outcome: 'Outcome',
    outcomePlaceholder: 'What was achieved',
    outcomeSubmit: 'Close the service',
  },
};


// Adds the namespace `caseTasks` to i18next (deep merge, so loading twice changes nothing).
i18n.addResourceBundle('zh', 'caseTasks', zh, true, true);
i18n.addResourceBundle('en', 'caseTasks', en, true, true);

export type CaseTasksKey = Leaves<CaseTasksStrings>;
const NS = ['caseTasks', 'common'] as const;
export type CaseTasksT = TFunction<typeof NS>;

/** `t` for this feature's keys (namespace `caseTasks`, checked against the Chinese original), plus `common:…`. */
export function useCaseTasksT(): CaseTasksT {
  return useTranslation(NS).t;
}
