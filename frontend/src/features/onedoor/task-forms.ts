/**
 * The one-door task screens, by BPMN formKey. app/task-forms.ts joins them with the other features' screens;
 * this module imports no other feature.
 */
import type { ComponentType } from 'react';
import type { DomainTaskFormProps } from '@/lib/task-forms';
import { ConfirmRoutesForm, SubsistenceDecisionForm } from './components/OneDoorTaskForms';
import './i18n';

export const oneDoorTaskForms: Record<string, ComponentType<DomainTaskFormProps>> = {
  'app:intake-routes': ConfirmRoutesForm,
  'app:subsistence-decision': SubsistenceDecisionForm,
};
