import { useEffect, useRef, useState } from 'react';
import { Alert } from 'antd';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import type Canvas from 'diagram-js/lib/core/Canvas';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import './cases.css';

export const ACTIVE_MARKER = 'case-active';
export const COMPLETED_MARKER = 'case-completed';

interface Props {
  xml: string;
  active: string[];
  completed: string[];
  failedText: string;
}

/** The case's process with its current steps green and its completed ones grey. Only loaded lazily. */
export default function CaseBpmnViewer({ xml, active, completed, failedText }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  const activeKey = active.join(',');
  const completedKey = completed.join(',');

  useEffect(() => {
    if (!container.current) return;
    const viewer = new NavigatedViewer({ container: container.current });
    let cancelled = false;
    setError(null);
    const mark = (canvas: Canvas, ids: string[], marker: string) => {
      for (const id of ids) {
        try {
          canvas.addMarker(id, marker);
        } catch {
          // An id the diagram does not draw (e.g. a multi-instance body): nothing to mark.
        }
      }
    };
    viewer
      .importXML(xml)
      .then(() => {
        if (cancelled) return;
        const canvas = viewer.get<Canvas>('canvas');
        canvas.zoom('fit-viewport');
        const activeIds = activeKey ? activeKey.split(',') : [];
        mark(canvas, completedKey ? completedKey.split(',').filter((id) => !activeIds.includes(id)) : [], COMPLETED_MARKER);
        mark(canvas, activeIds, ACTIVE_MARKER);
      })
      .catch((e: unknown) => {
        if (!cancelled) setError(e instanceof Error ? e.message : String(e));
      });
    return () => {
      cancelled = true;
      viewer.destroy();
    };
  }, [xml, activeKey, completedKey]);

  return (
    <>
      {error && <Alert type="error" showIcon message={failedText} description={error} style={{ marginBottom: 8 }} />}
      <div ref={container} className="case-bpmn" data-active={activeKey} data-completed={completedKey} />
    </>
  );
}
