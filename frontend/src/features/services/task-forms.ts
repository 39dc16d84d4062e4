/**
 * The purchased-services task screens, by BPMN formKey. app/task-forms.ts joins them with the
 * other features' screens, so TaskDetailPage keeps one lookup; this module imports no other feature.
 */
import type { ComponentType } from 'react';
import type { DomainTaskFormProps } from '@/lib/task-forms';
import { OrderProviderForm, OrderResponseForm, SpotCheckForm, StatementApprovalForm } from './components/ServiceTaskForms';
import './i18n';

export const SERVICE_FORM_KEYS = {
  orderResponse: 'app:order-response',
  orderProvider: 'app:order-provider',
  spotCheck: 'app:spot-check',
  statementReview: 'app:statement-review',
} as const;

export const serviceTaskForms: Record<string, ComponentType<DomainTaskFormProps>> = {
  [SERVICE_FORM_KEYS.orderResponse]: OrderResponseForm,
  [SERVICE_FORM_KEYS.orderProvider]: OrderProviderForm,
  [SERVICE_FORM_KEYS.spotCheck]: SpotCheckForm,
  [SERVICE_FORM_KEYS.statementReview]: StatementApprovalForm,
};
