import type { DockFrame } from '../host-adapter';
import { contentSection, moleLayer } from './selectors';

/**
 * Where the sidebar docks in Gmail: the row holding the content section (list, conversation,
 * reading pane) and Gmail's own side panel is narrowed from the right, so all of them reflow
 * left of the sidebar, as when Gmail opens Calendar or Keep. Compose windows float at the
 * viewport's right edge and move left with it. Null when the content section is not there.
 */
export function findGmailDockFrame(doc: Document): DockFrame | null {
  const content = doc.querySelector<HTMLElement>(contentSection);
  const row = content?.parentElement;
  if (!content || !row || row === doc.body) return null;
  return { row, content, fixed: Array.from(doc.querySelectorAll<HTMLElement>(moleLayer)) };
}
