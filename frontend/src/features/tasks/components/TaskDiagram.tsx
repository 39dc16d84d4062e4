import { lazy, Suspense } from 'react';
import { Alert, Card, Spin, Typography } from 'antd';
import { CURRENT_MARKER } from '@/components/bpmn-markers';
import { formatDate } from '@/lib/dates';
import { useProcessWords } from '@/lib/process-words';
import type { TaskDetail } from '../types';
import { useErrorMessage } from '@/lib/use-error-message';
import { useTaskDiagram } from '../api/use-tasks';
import { useTasksT } from '../i18n';

const BpmnViewer = lazy(() => import('@/components/BpmnViewer'));

/** The diagram's one line in words: the step, who holds it, the due date (a phone shows little of the drawing). */
export function TaskDiagramSummary({ task }: { task: TaskDetail }) {
  const t = useTasksT();
  const words = useProcessWords();
  const holder = task.assignedToMe
    ? t('task.holderMe')
    : task.assignee
      ? t('task.holderOther')
      : t('task.holderGroup', { org: task.orgName ?? '' });
  return (
    <Typography.Paragraph strong style={{ marginBottom: 8 }} data-testid="diagram-summary">
      {t('task.summary', {
        step: words.task(task.activityId, task.name),
        holder,
        due: task.due ? formatDate(task.due) : t('task.noDue'),
      })}
    </Typography.Paragraph>
  );
}

export function TaskDiagram({ task }: { task: TaskDetail }) {
  const t = useTasksT();
  const describe = useErrorMessage();
  const taskId = task.id;
  const diagram = useTaskDiagram(taskId);

  const loading = (
    <div style={{ padding: 48, textAlign: 'center' }}>
      <Spin tip={t('task.diagramLoading')}>
        <div style={{ minHeight: 40 }} />
      </Spin>
    </div>
  );

  return (
    <Card
      title={t('task.diagram')}
      extra={<Typography.Text type="secondary">{t('task.currentStep')}</Typography.Text>}
      data-testid="task-diagram"
      styles={{ body: { padding: 12 } }}
    >
      <TaskDiagramSummary task={task} />
      {diagram.isPending && loading}
      {diagram.isError && <Alert type="error" showIcon message={t('task.diagramFailed')} description={describe(diagram.error)} />}
      {diagram.data && (
        <Suspense fallback={loading}>
          <BpmnViewer
            xml={diagram.data.bpmnXml}
            markers={diagram.data.activityId ? { [diagram.data.activityId]: [CURRENT_MARKER] } : undefined}
            focusId={diagram.data.activityId || undefined}
            failedText={t('task.diagramFailed')}
          />
        </Suspense>
      )}
    </Card>
  );
}
