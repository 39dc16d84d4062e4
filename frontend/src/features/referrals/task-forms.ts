/**
 * The charity referral task screens, by BPMN formKey. app/task-forms.ts joins them with the other
 * features' screens; this module imports no other feature.
 */
import type { ComponentType } from 'react';
import type { DomainTaskFormProps } from '@/lib/task-forms';
import { ReferralPlanForm, ReferralPlanApprovalForm, ReferralResponseForm, ReferralStaleForm } from './components/ReferralTaskForms';
import './i18n';

export const referralTaskForms: Record<string, ComponentType<DomainTaskFormProps>> = {
  'app:referral-response': ReferralResponseForm,
  'app:referral-plan': ReferralPlanForm,
  'app:referral-plan-review': ReferralPlanApprovalForm,
  'app:referral-stale': ReferralStaleForm,
};
