/**
 * The care feature's domain task screens, by BPMN formKey. `domainTaskFormFor` in
 * features/case-tasks looks here too, so TaskDetailPage keeps one lookup. This module must not
 * import features/case-tasks at runtime (that would be a cycle): types only.
 */
import type { ComponentType } from 'react';
import type { DomainTaskFormProps } from '@/lib/task-forms';
import { CareGradingForm, CareProblemForm, CareSupervisionForm, CareVisitTaskForm } from './components/CareTaskForms';
import './i18n';

export const CARE_FORM_KEYS = {
  grading: 'app:care-grading',
  visit: 'app:care-visit',
  supervision: 'app:care-supervision',
  problem: 'app:care-problem',
} as const;
export type CareFormKey = (typeof CARE_FORM_KEYS)[keyof typeof CARE_FORM_KEYS];

export const careTaskForms: Record<string, ComponentType<DomainTaskFormProps>> = {
  [CARE_FORM_KEYS.grading]: CareGradingForm,
  [CARE_FORM_KEYS.visit]: CareVisitTaskForm,
  [CARE_FORM_KEYS.supervision]: CareSupervisionForm,
  [CARE_FORM_KEYS.problem]: CareProblemForm,
};
