/**
 * Domain task screens: tasks whose BPMN formKey is `app:…` are handled by a screen of their own
 * instead of the engine's generic form. TaskDetailPage renders `domainTaskForms[task.formKey]`.
 */
import type { ComponentType } from 'react';
import i18n from '@/i18n';
import { careTaskForms } from '@/features/care/task-forms';
import { serviceTaskForms } from '@/features/services/task-forms';
import { referralTaskForms } from '@/features/referrals/task-forms';
import { CaseFileForm } from './components/CaseFileForm';
import { NeedsAssessmentForm } from './components/NeedsAssessmentForm';
import { PinSlipTaskForm } from './components/PinSlipTaskForm';
import { ReviewForm } from './components/ReviewForm';
import { ServiceDeliveryForm } from './components/ServiceDeliveryForm';
import { en, zh } from './i18n';
import { FORM_KEYS, type DomainTaskFormProps } from './types';

let registered = false;

/** Adds this feature's strings (under `caseTasks.*`) to i18next; safe to call more than once. */
export function registerCaseTasksI18n(): void {
  if (registered) return;
  registered = true;
  i18n.addResourceBundle('zh', 'translation', { caseTasks: zh }, true, true);
  i18n.addResourceBundle('en', 'translation', { caseTasks: en }, true, true);
}

registerCaseTasksI18n();

export type { DomainTask, DomainTaskFormProps, DomainFormKey } from './types';
export { FORM_KEYS } from './types';
export { zh as caseTasksZh, en as caseTasksEn } from './i18n';
export { NeedsAssessmentForm, CaseFileForm, ReviewForm, ServiceDeliveryForm, PinSlipTaskForm };

/** The screen for each formKey of the case flow (the care feature brings its own, `careTaskForms`). */
export const domainTaskForms: Record<string, ComponentType<DomainTaskFormProps>> = {
  [FORM_KEYS.needsAssessment]: NeedsAssessmentForm,
  [FORM_KEYS.caseFile]: CaseFileForm,
  [FORM_KEYS.review]: ReviewForm,
  [FORM_KEYS.serviceDelivery]: ServiceDeliveryForm,
  [FORM_KEYS.pinSlip]: PinSlipTaskForm,
};

/** Every registry of domain screens, looked up in this order. */
const registries: readonly Record<string, ComponentType<DomainTaskFormProps>>[] = [
  domainTaskForms,
  careTaskForms,
  serviceTaskForms,
  referralTaskForms,
];

function registryFor(formKey: string | null | undefined) {
  if (typeof formKey !== 'string') return undefined;
  return registries.find((registry) => Object.prototype.hasOwnProperty.call(registry, formKey));
}

/** Whether a task's formKey has a screen of its own (case flow or care monitoring). */
export function isDomainForm(formKey: string | null | undefined): formKey is string {
  return registryFor(formKey) !== undefined;
}

/** The screen for a formKey, if there is one: the single lookup TaskDetailPage uses. */
export function domainTaskFormFor(formKey: string | null | undefined): ComponentType<DomainTaskFormProps> | undefined {
  return typeof formKey === 'string' ? registryFor(formKey)?.[formKey] : undefined;
}
