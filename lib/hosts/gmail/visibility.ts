import { mailContent } from './selectors';

/**
 * Inside a message's own HTML, which any sender writes: it may carry every attribute and class
 * the page's markup does (`data-legacy-thread-id`, `span[email]`, `role=listitem`…), so no reader
 * takes anything there for Gmail's own.
 */
export function inMail(el: Element): boolean {
  return el.closest(mailContent) !== null;
}

/** The first match of `selector` in `scope` that is the page's own, not mail content. */
export function pageMatch<E extends Element = Element>(scope: ParentNode, selector: string): E | null {
  return Array.from(scope.querySelectorAll<E>(selector)).find((el) => !inMail(el)) ?? null;
}

/**
 * Whether an element of the page's own is shown (never one inside mail content). Gmail keeps
 * hidden views (the list behind an open thread, closed composes) in the DOM, so "first match" is
 * often the wrong one. `checkVisibility` is in every engine Casebook runs in (Chrome 105+,
 * Firefox 106+, happy-dom).
 */
export function isShown(el: Element): boolean {
  return el.isConnected && !inMail(el) && el.checkVisibility();
}
