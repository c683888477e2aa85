import { pageMatch, renderedMatches } from './dom-visibility';
import { messageItem, messageItemByDocId, subjectHeading } from './selectors';

/** The messages the page shows under `scope`, in reading order. */
export function findMessageItems(scope: ParentNode): Element[] {
  const items = renderedMatches(scope, messageItem.css);
  return items.length > 0 ? items : renderedMatches(scope, messageItemByDocId.css);
}

/**
 * The element holding the open conversation (subject, messages, reply editor), or null while
 * none is rendered. Groups keeps earlier SPA views in the DOM, so only rendered messages count.
 */
export function findConversationRoot(doc: Document): Element | null {
  const first = findMessageItems(doc)[0];
  if (first === undefined) return null;
  const list = first.closest('[role="list"]') ?? first.parentElement ?? first;
  // The nearest ancestor that also holds the subject heading, without leaving the main area.
  for (let el = list.parentElement; el !== null && el !== doc.body; el = el.parentElement) {
    if (pageMatch(el, subjectHeading.css) !== null) return el;
    if (el.matches('[role="main"]')) break;
  }
  return list.closest('c-wiz') ?? list.parentElement ?? list;
}
