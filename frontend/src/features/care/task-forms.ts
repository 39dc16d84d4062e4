/**
 * The care feature's domain task screens, by BPMN formKey. app/task-forms.ts joins them with the
 * other features' screens (`domainTaskFormFor`), so TaskDetailPage keeps one lookup; this module
 * imports no other feature.
 */
import type { ComponentType } from 'react';
import type { DomainTaskFormProps } from '@/lib/task-forms';
import { CareExitForm, CareGradingForm, CareProblemForm, CareSupervisionForm, CareVisitTaskForm } from './components/CareTaskForms';
import './i18n';

export const CARE_FORM_KEYS = {
  grading: 'app:care-grading',
  visit: 'app:care-visit',
  supervision: 'app:care-supervision',
  problem: 'app:care-problem',
  exit: 'app:care-exit',
} as const;
export type CareFormKey = (typeof CARE_FORM_KEYS)[keyof typeof CARE_FORM_KEYS];

export const careTaskForms: Record<string, ComponentType<DomainTaskFormProps>> = {
  [CARE_FORM_KEYS.grading]: CareGradingForm,
  [CARE_FORM_KEYS.visit]: CareVisitTaskForm,
  [CARE_FORM_KEYS.supervision]: CareSupervisionForm,
  [CARE_FORM_KEYS.problem]: CareProblemForm,
  [CARE_FORM_KEYS.exit]: CareExitForm,
};
