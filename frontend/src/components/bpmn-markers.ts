/**
 * What callers of the lazily loaded BpmnViewer (components/BpmnViewer.tsx) name: kept apart so that
 * importing them does not pull bpmn-js into the page's chunk.
 */

/** Marker classes components/BpmnViewer.css styles; a feature may style its own markers. */
export const CURRENT_MARKER = 'bpmn-current';
export const COMPLETED_MARKER = 'bpmn-completed';
/** Added by the viewer, with `onElementClick`, to the elements that react to a click (pointer cursor). */
export const CLICKABLE_MARKER = 'bpmn-clickable';

/** A small label pinned to an element's top right corner (text only, never HTML). */
export interface DiagramOverlay {
  elementId: string;
  text: string;
  title?: string;
  className?: string;
}
