import { lazy, Suspense } from 'react';
import { Alert, Card, Spin, Typography } from 'antd';
import { CURRENT_MARKER } from '@/components/bpmn-markers';
import { useErrorMessage } from '@/lib/use-error-message';
import { useTaskDiagram } from '../api/use-tasks';
import { useTasksT } from '../i18n';

const BpmnViewer = lazy(() => import('@/components/BpmnViewer'));

export function TaskDiagram({ taskId }: { taskId: string }) {
  const t = useTasksT();
  const describe = useErrorMessage();
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
