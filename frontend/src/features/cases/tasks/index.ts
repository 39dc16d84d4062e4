/**
 * Domain task screens: tasks whose BPMN formKey is `app:…` are handled by a screen of their own
 * instead of the engine's generic form. app/task-forms.ts registers these with TaskDetailPage.
 */
import type { ComponentType } from 'react';
import { CaseFileForm } from './components/CaseFileForm';
import { CaseSubjectPanel } from './components/CaseSubjectPanel';
import { NeedsAssessmentForm } from './components/NeedsAssessmentForm';
import { PinSlipTaskForm } from './components/PinSlipTaskForm';
import { ReviewForm } from './components/ReviewForm';
import { ServiceDeliveryForm } from './components/ServiceDeliveryForm';
import './i18n';
import { FORM_KEYS, SUBJECT_STEPS, type DomainTaskFormProps } from './types';
import type { TaskSubjectPanels } from '@/lib/task-forms';

export type { DomainTask, DomainTaskFormProps, DomainFormKey } from './types';
export { FORM_KEYS, SUBJECT_STEPS } from './types';
export { zh as caseTasksZh, en as caseTasksEn } from './i18n';
export { NeedsAssessmentForm, CaseFileForm, ReviewForm, ServiceDeliveryForm, PinSlipTaskForm };

/** The screen for each formKey of the case flow; app/task-forms.ts joins it with the other features' screens. */
export const domainTaskForms: Record<string, ComponentType<DomainTaskFormProps>> = {
  [FORM_KEYS.needsAssessment]: NeedsAssessmentForm,
  [FORM_KEYS.caseFile]: CaseFileForm,
  [FORM_KEYS.review]: ReviewForm,
  [FORM_KEYS.serviceDelivery]: ServiceDeliveryForm,
  [FORM_KEYS.pinSlip]: PinSlipTaskForm,
};

/** The case steps with the engine's generic form: their page shows the case above the form. */
export const taskSubjectPanels: TaskSubjectPanels = Object.fromEntries(SUBJECT_STEPS.map((step) => [step, CaseSubjectPanel]));
