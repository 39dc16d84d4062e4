/**
 * The department task screens, by BPMN formKey. app/task-forms.ts joins them with the other
 * features' screens; this module imports no other feature.
 */
import type { ComponentType } from 'react';
import type { DomainTaskFormProps } from '@/lib/task-forms';
import { DepartmentAcceptForm, DepartmentFeedbackForm } from './components/DepartmentTaskForms';
import './i18n';

export const departmentTaskForms: Record<string, ComponentType<DomainTaskFormProps>> = {
  'app:department-accept': DepartmentAcceptForm,
  'app:department-feedback': DepartmentFeedbackForm,
};
