import { useEffect, useRef, useState } from 'react';
import { Alert } from 'antd';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import type Canvas from 'diagram-js/lib/core/Canvas';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import './BpmnViewer.css';

export const CURRENT_ACTIVITY_MARKER = 'highlight';

/** Below this scale task labels are unreadable (a wide process on a phone). */
const MIN_READABLE_SCALE = 0.5;
const READABLE_SCALE = 0.8;
/** Margin around the drawing, in screen pixels, when it is drawn larger than its box. */
const PADDING = 16;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const isBox = (e: unknown): e is Box =>
  typeof e === 'object' && e !== null && ['x', 'y', 'width', 'height'].every((k) => typeof (e as Record<string, unknown>)[k] === 'number');

/**
 * Shows the whole process if it is legible at the box's size. Otherwise draws it at a readable scale
 * on a canvas larger than the box, which then scrolls natively (diagram-js pans with a mouse only,
 * so this is what lets a phone reach every part), and scrolls the current step into view.
 */
function frame(canvas: Canvas, container: HTMLElement, scroller: HTMLElement, current: Box | undefined) {
  if (canvas.zoom('fit-viewport') >= MIN_READABLE_SCALE) return;
  const { inner } = canvas.viewbox();
  const width = Math.ceil(inner.width * READABLE_SCALE + 2 * PADDING);
  const height = Math.ceil(inner.height * READABLE_SCALE + 2 * PADDING);
  container.style.width = `${width}px`;
  container.style.height = `${Math.max(height, scroller.clientHeight)}px`;
  canvas.resized();
  canvas.viewbox({
    x: inner.x - PADDING / READABLE_SCALE,
    y: inner.y - PADDING / READABLE_SCALE,
    width: container.clientWidth / READABLE_SCALE,
    height: container.clientHeight / READABLE_SCALE,
  });
  if (current) {
    const { x, y, scale } = canvas.viewbox();
    scroller.scrollLeft = (current.x + current.width / 2 - x) * scale - scroller.clientWidth / 2;
    scroller.scrollTop = (current.y + current.height / 2 - y) * scale - scroller.clientHeight / 2;
  }
}

interface Props {
  xml: string;
  activityId: string;
  failedText: string;
}

/** bpmn-js is big, so this module is only ever loaded through React.lazy. */
export default function BpmnViewer({ xml, activityId, failedText }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const container = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const box = container.current;
    const scroll = scroller.current;
    if (!box || !scroll) return;
    box.style.width = '';
    box.style.height = '';
    const viewer = new NavigatedViewer({ container: box });
    let cancelled = false;
    setError(null);
    viewer
      .importXML(xml)
      .then(() => {
        if (cancelled) return;
        const canvas = viewer.get<Canvas>('canvas');
        // An activity the diagram does not draw (e.g. a multi-instance body) is simply not highlighted.
        const current = activityId ? viewer.get<ElementRegistry>('elementRegistry').get(activityId) : undefined;
        if (current) canvas.addMarker(activityId, CURRENT_ACTIVITY_MARKER);
        frame(canvas, box, scroll, isBox(current) ? current : undefined);
      })
      .catch((e: unknown) => {
        if (!cancelled) setError(e instanceof Error ? e.message : String(e));
      });
    return () => {
      cancelled = true;
      viewer.destroy();
    };
  }, [xml, activityId]);

  return (
    <>
      {error && <Alert type="error" showIcon message={failedText} description={error} style={{ marginBottom: 8 }} />}
      <div ref={scroller} className="bpmn-viewer">
        <div ref={container} className="bpmn-viewer__canvas" data-activity-id={activityId} />
      </div>
    </>
  );
}
