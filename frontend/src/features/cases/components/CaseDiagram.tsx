import { lazy, Suspense } from 'react';
import { useProcessWords } from '@/lib/process-words';
import { formatDate } from '@/lib/dates';
import type { CaseView } from '../types';
import { Alert, Spin, Typography } from 'antd';
import { COMPLETED_MARKER, CURRENT_MARKER } from '@/components/bpmn-markers';
import { useErrorMessage } from '@/lib/use-error-message';
import { useCaseDiagram } from '../api/use-cases';
import { useCasesT } from '../i18n';

const BpmnViewer = lazy(() => import('@/components/BpmnViewer'));

/** The case's current steps green, the ones it has been through grey. */
function caseMarkers(active: string[], completed: string[]): Record<string, string[]> {
  const markers: Record<string, string[]> = {};
  for (const id of completed) if (!active.includes(id)) markers[id] = [COMPLETED_MARKER];
  for (const id of active) markers[id] = [CURRENT_MARKER];
  return markers;
}

/** 流程图: loads bpmn-js only when shown. */
export function CaseDiagram({ caseNo, deadlines = [] }: { caseNo: string; deadlines?: readonly CaseView['deadlines'][number][] }) {
  const t = useCasesT();
  const words = useProcessWords();
  const describe = useErrorMessage();
  const diagram = useCaseDiagram(caseNo);

  const loading = (
    <div style={{ padding: 48, textAlign: 'center' }}>
      <Spin tip={t('view.diagram.loading')}>
        <div style={{ minHeight: 40 }} />
      </Spin>
    </div>
  );

  return (
    <div data-testid="case-diagram">
      {diagram.isPending && loading}
      {diagram.isError && <Alert type="error" showIcon message={t('view.diagram.failed')} description={describe(diagram.error)} />}
      {diagram.data && (
        <>
          {/* One line in words per open step, above the drawing (a phone shows little of it). */}
          {deadlines.map((d) => (
            <Typography.Paragraph key={`${d.taskName}-${d.due}`} strong style={{ marginBottom: 4 }} data-testid="diagram-summary">
              {t('view.diagram.step', { step: words.task(d.taskKey, d.taskName), due: formatDate(d.due) })}
            </Typography.Paragraph>
          ))}
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
            <span className="case-bpmn-legend" style={{ background: '#d9f7be', border: '1px solid #389e0d' }} />
            <span className="case-bpmn-legend" style={{ background: '#f0f0f0', border: '1px solid #8c8c8c' }} />
            {t('view.diagram.legend')}
          </Typography.Paragraph>
          <Suspense fallback={loading}>
            <BpmnViewer
              xml={diagram.data.bpmnXml}
              markers={caseMarkers(diagram.data.activeActivityIds ?? [], diagram.data.completedActivityIds ?? [])}
              focusId={diagram.data.activeActivityIds?.[0]}
              failedText={t('view.diagram.failed')}
            />
          </Suspense>
        </>
      )}
    </div>
  );
}
