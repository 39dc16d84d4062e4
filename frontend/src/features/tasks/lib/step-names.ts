import { useTasksT } from '../i18n';
import { tasksZh } from '../i18n';

type StepKey = keyof typeof tasksZh.step;

function isStepKey(key: string | null | undefined): key is StepKey {
  return typeof key === 'string' && Object.prototype.hasOwnProperty.call(tasksZh.step, key);
}

/**
 * A task's step in the reader's language: the BPMN names are Chinese, so a known step (by its BPMN
 * id) takes its name from the `tasks:step.*` strings; an unknown one keeps the name the server sent.
 */
export function useStepName() {
  const t = useTasksT();
  return (key: string | null | undefined, serverName: string): string => (isStepKey(key) ? t(`step.${key}`) : serverName);
}
