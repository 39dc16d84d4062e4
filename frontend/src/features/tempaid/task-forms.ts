/**
 * The temporary-assistance task screens, by BPMN formKey. app/task-forms.ts joins them with the other
 * features' screens; this module imports no other feature.
 */
import type { ComponentType } from 'react';
import type { DomainTaskFormProps } from '@/lib/task-forms';
import { ApprovalForm, AssessForm, PaymentForm } from './components/TaskForms';
import './i18n';

export const tempaidTaskForms: Record<string, ComponentType<DomainTaskFormProps>> = {
  'app:tempaid-assess': AssessForm,
  'app:tempaid-approve': ApprovalForm,
  'app:tempaid-payment': PaymentForm,
};
