import type { DomainTask } from '../types';
import { useCaseSubject } from '../api/use-case-tasks';
import { useCaseTasksT } from '../i18n';
import { CaseInfoCard, CaseInfoSkeleton, LoadError } from './shared';

/**
 * What a case step with the engine's generic form is about (核实线索, 审批认定, 异议复核, and the generic
 * service's steps): the person, the lead (situation, phone, address, source) and a link to the case.
 */
export function CaseSubjectPanel({ task }: { task: DomainTask }) {
  const t = useCaseTasksT();
  const subject = useCaseSubject(task.id);
  if (subject.isPending) return <CaseInfoSkeleton />;
  if (subject.isError) {
    return (
      <LoadError title={t('common.caseLoadFailed')} error={subject.error} onRetry={() => void subject.refetch()} testId="task-subject-error" />
    );
  }
  return (
    <div data-testid="task-subject">
      <CaseInfoCard kase={subject.data} full />
    </div>
  );
}
