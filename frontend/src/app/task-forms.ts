/**
 * Every feature's domain task screens, joined here so that no feature imports another:
 * TaskDetailPage (features/tasks) reads the lookup from DomainTaskFormsContext, which
 * AppProvider fills with `domainTaskFormFor`. A new feature with task screens adds its map here.
 */
import { domainTaskForms as caseTaskForms, taskSubjectPanels as caseSubjectPanels } from '@/features/cases/tasks';
import { careTaskForms } from '@/features/care/task-forms';
import { serviceTaskForms } from '@/features/services/task-forms';
import { referralTaskForms } from '@/features/referrals/task-forms';
import { tempaidTaskForms } from '@/features/tempaid/task-forms';
import { meetingTaskForms } from '@/features/meetings/task-forms';
import { oneDoorTaskForms } from '@/features/onedoor/task-forms';
import { departmentTaskForms } from '@/features/departments/task-forms';
import type { DomainTaskForm, DomainTaskForms, TaskSubjectPanel, TaskSubjectPanels } from '@/lib/task-forms';

/** Every registry of domain screens, looked up in this order. */
const registries: readonly DomainTaskForms[] = [caseTaskForms, careTaskForms, serviceTaskForms, referralTaskForms, departmentTaskForms, tempaidTaskForms, meetingTaskForms, oneDoorTaskForms];

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

/** Every feature's subject panels for steps with the engine's generic form (by BPMN task id). */
const panelRegistries: readonly TaskSubjectPanels[] = [caseSubjectPanels];

/** The subject panel of a step with a generic form, if a feature has one: TaskDetailPage shows it above the form. */
export function taskSubjectPanelFor(activityId: string | null | undefined): TaskSubjectPanel | undefined {
  if (typeof activityId !== 'string') return undefined;
  const registry = panelRegistries.find((r) => Object.prototype.hasOwnProperty.call(r, activityId));
  return registry?.[activityId];
}
