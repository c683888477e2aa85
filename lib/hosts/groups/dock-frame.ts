import type { DockFrame } from '../host-adapter';
import { renderedMatches } from './dom-visibility';
import { mainArea } from './selectors';

/**
 * Where the sidebar docks in Groups: the row holding the left nav and the main area is narrowed
 * from the right, so the conversation and its reply box reflow left of the sidebar. Groups keeps
 * earlier views in the DOM, so only a rendered main area counts. Null when there is none.
 */
export function findGroupsDockFrame(doc: Document): DockFrame | null {
  const content = renderedMatches(doc, mainArea.css)[0];
  const row = content?.parentElement;
  if (!(content instanceof HTMLElement) || !row || row === doc.body) return null;
  return { row, content, fixed: [] };
}
