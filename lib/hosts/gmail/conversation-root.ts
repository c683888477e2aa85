import { isShown } from './visibility';
import { paneThreadElement, threadElement, threadHeading } from './selectors';

/**
 * The element holding the open conversation (research §10.2): the thread view of the shown
 * `[role=main]`, else the reading pane's thread, else (degraded) the `[role=main]` around a shown
 * thread heading. Null while no conversation is rendered.
 */
export function findConversationRoot(doc: Document): Element | null {
  for (const selector of [threadElement, paneThreadElement]) {
    const shown = Array.from(doc.querySelectorAll(selector)).find(isShown);
    if (shown) return shown;
  }
  const heading = Array.from(doc.querySelectorAll(threadHeading)).find(isShown);
  return heading?.closest('[role=main]') ?? null;
}
