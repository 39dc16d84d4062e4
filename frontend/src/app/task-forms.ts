/**
 * Every feature's domain task screens, joined here so that no feature imports another:
 * TaskDetailPage (features/tasks) reads the lookup from DomainTaskFormsContext, which
 * AppProvider fills with `domainTaskFormFor`. A new feature with task screens adds its map here.
 */
import { domainTaskForms as caseTaskForms } from '@/features/cases/tasks';
import { careTaskForms } from '@/features/care/task-forms';
import { serviceTaskForms } from '@/features/services/task-forms';
import { referralTaskForms } from '@/features/referrals/task-forms';
import type { DomainTaskForm, DomainTaskForms } from '@/lib/task-forms';

/** Every registry of domain screens, looked up in this order. */
const registries: readonly DomainTaskForms[] = [caseTaskForms, careTaskForms, serviceTaskForms, referralTaskForms];

function registryFor(formKey: string | null | undefined) {
  if (typeof formKey !== 'string') return undefined;
  return registries.find((registry) => Object.prototype.hasOwnProperty.call(registry, formKey));
}

/** Whether a task's formKey has a screen of its own. */
export function isDomainForm(formKey: string | null | undefined): formKey is string {
  return registryFor(formKey) !== undefined;
}

/** The screen for a formKey, if there is one: the single lookup TaskDetailPage uses. */
export function domainTaskFormFor(formKey: string | null | undefined): DomainTaskForm | undefined {
  return typeof formKey === 'string' ? registryFor(formKey)?.[formKey] : undefined;
}
