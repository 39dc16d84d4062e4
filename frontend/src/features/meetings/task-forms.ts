/**
 * The agency-referral task screens, by BPMN formKey. app/task-forms.ts joins them with the other
 * features' screens; this module imports no other feature.
 */
import type { ComponentType } from 'react';
import type { DomainTaskFormProps } from '@/lib/task-forms';
import { AgencyCloseForm, AgencyConfirmForm, AgencyPlanForm, AgencyReviewForm } from './components/AgencyTaskForms';
import './i18n';

export const meetingTaskForms: Record<string, ComponentType<DomainTaskFormProps>> = {
  'app:agency-plan': AgencyPlanForm,
  'app:agency-plan-review': AgencyReviewForm,
  'app:agency-service': AgencyCloseForm,
  'app:agency-close-confirm': AgencyConfirmForm,
};
