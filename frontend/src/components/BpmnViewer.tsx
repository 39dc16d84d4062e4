import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Space } from 'antd';
import { CompressOutlined, ZoomInOutlined, ZoomOutOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import type Canvas from 'diagram-js/lib/core/Canvas';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import type EventBus from 'diagram-js/lib/core/EventBus';
import type Overlays from 'diagram-js/lib/features/overlays/Overlays';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import { CLICKABLE_MARKER, type DiagramOverlay } from './bpmn-markers';
import './BpmnViewer.css';

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
 * so this is what lets a phone reach every part), and scrolls the focused step into view.
 */
function frame(canvas: Canvas, container: HTMLElement, scroller: HTMLElement, focus: Box | undefined) {
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
  if (focus) {
    const { x, y, scale } = canvas.viewbox();
    scroller.scrollLeft = (focus.x + focus.width / 2 - x) * scale - scroller.clientWidth / 2;
    scroller.scrollTop = (focus.y + focus.height / 2 - y) * scale - scroller.clientHeight / 2;
  }
}


interface Props {
  xml: string;
  /** Marker classes per element id (an id the diagram does not draw, e.g. a multi-instance body, is skipped). */
  markers?: Record<string, readonly string[]>;
  overlays?: readonly DiagramOverlay[];
  /** The element to scroll into view when the process is drawn larger than its box. */
  focusId?: string;
  /** Called with the id of a clicked element that has markers or an overlay. */
  onElementClick?: (elementId: string) => void;
  failedText: string;
  testId?: string;
}

/**
 * The one BPMN diagram of the app (task page, case page, monitoring step view): bpmn-js is big, so
 * this module is only ever loaded through React.lazy.
 */
export default function BpmnViewer({ xml, markers, overlays, focusId, onElementClick, failedText, testId }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const container = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [viewer, setViewer] = useState<NavigatedViewer | null>(null);
  const { t } = useTranslation();
  const onClick = useRef(onElementClick);
  onClick.current = onElementClick;
  const clickable = !!onElementClick;
  const markersKey = JSON.stringify(markers ?? {});
  const overlaysKey = JSON.stringify(overlays ?? []);

  useEffect(() => {
    const box = container.current;
    const scroll = scroller.current;
    if (!box || !scroll) return;
    box.style.width = '';
    box.style.height = '';
    const drawing = new NavigatedViewer({ container: box });
    let cancelled = false;
    setError(null);
    drawing
      .importXML(xml)
      .then(() => {
        if (cancelled) return;
        const canvas = drawing.get<Canvas>('canvas');
        const focus = focusId ? drawing.get<ElementRegistry>('elementRegistry').get(focusId) : undefined;
        frame(canvas, box, scroll, isBox(focus) ? focus : undefined);
        setViewer(drawing);
      })
      .catch((e: unknown) => {
        if (!cancelled) setError(e instanceof Error ? e.message : String(e));
      });
    return () => {
      cancelled = true;
      setViewer(null);
      drawing.destroy();
    };
  }, [xml, focusId]);

  useEffect(() => {
    if (!viewer) return;
    const canvas = viewer.get<Canvas>('canvas');
    const registry = viewer.get<ElementRegistry>('elementRegistry');
    const overlayService = viewer.get<Overlays>('overlays');
    const eventBus = viewer.get<EventBus>('eventBus');
    const marked: [string, string][] = [];
    const targets = new Set<string>();
    const parsedMarkers = JSON.parse(markersKey) as Record<string, string[]>;
    const parsedOverlays = JSON.parse(overlaysKey) as DiagramOverlay[];
    for (const [id, classes] of Object.entries(parsedMarkers)) {
      if (!registry.get(id)) continue;
      targets.add(id);
      for (const marker of classes) {
        canvas.addMarker(id, marker);
        marked.push([id, marker]);
      }
    }
    const added: string[] = [];
    for (const overlay of parsedOverlays) {
      if (!registry.get(overlay.elementId)) continue;
      targets.add(overlay.elementId);
      const label = document.createElement('div');
      label.className = ['bpmn-overlay', overlay.className].filter(Boolean).join(' ');
      label.textContent = overlay.text;
      if (overlay.title) label.title = overlay.title;
      label.dataset.elementId = overlay.elementId;
      if (clickable) label.addEventListener('click', () => onClick.current?.(overlay.elementId));
      added.push(overlayService.add(overlay.elementId, 'label', { position: { top: -12, right: 24 }, html: label }));
    }
    if (clickable) {
      for (const id of targets) {
        canvas.addMarker(id, CLICKABLE_MARKER);
        marked.push([id, CLICKABLE_MARKER]);
      }
    }
    const click = (event: unknown) => {
      const id = (event as { element?: { id?: string } }).element?.id;
      if (id && targets.has(id)) onClick.current?.(id);
    };
    if (clickable) eventBus.on('element.click', click);
    return () => {
      // The drawing may be destroyed already (new XML, unmount): then there is nothing left to undo.
      try {
        if (clickable) eventBus.off('element.click', click);
        for (const id of added) overlayService.remove(id);
        for (const [id, marker] of marked) canvas.removeMarker(id, marker);
      } catch {
        /* destroyed */
      }
    };
  }, [viewer, markersKey, overlaysKey, clickable]);

  /** Zoom about the middle of what is shown; drag (mouse) or the box's scroll (touch) pans. */
  const zoomBy = (factor: number) => {
    if (!viewer) return;
    const canvas = viewer.get<Canvas>('canvas');
    const { width, height } = canvas.viewbox().outer;
    canvas.zoom(Math.min(3, Math.max(0.2, canvas.zoom() * factor)), { x: width / 2, y: height / 2 });
  };
  /** The whole process in the box's width, back from any enlargement for reading. */
  const fitWidth = () => {
    const box = container.current;
    if (!viewer || !box) return;
    box.style.width = '';
    box.style.height = '';
    const canvas = viewer.get<Canvas>('canvas');
    canvas.resized();
    canvas.zoom('fit-viewport');
  };

  return (
    <>
      {error && <Alert type="error" showIcon message={failedText} description={error} style={{ marginBottom: 8 }} />}
      <Space.Compact size="small" className="bpmn-viewer__zoom">
        <Button icon={<ZoomInOutlined />} aria-label={t('diagram.zoomIn')} title={t('diagram.zoomIn')} disabled={!viewer} onClick={() => zoomBy(1.25)} data-testid="diagram-zoom-in" />
        <Button icon={<ZoomOutOutlined />} aria-label={t('diagram.zoomOut')} title={t('diagram.zoomOut')} disabled={!viewer} onClick={() => zoomBy(0.8)} data-testid="diagram-zoom-out" />
        <Button icon={<CompressOutlined />} aria-label={t('diagram.fit')} title={t('diagram.fit')} disabled={!viewer} onClick={fitWidth} data-testid="diagram-fit">
          {t('diagram.fit')}
        </Button>
      </Space.Compact>
      <div ref={scroller} className="bpmn-viewer" data-testid={testId}>
        <div ref={container} className="bpmn-viewer__canvas" data-focus-id={focusId} data-drawn={viewer ? 'true' : 'false'} />
      </div>
    </>
  );
}
