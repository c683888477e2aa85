import { messageBody, messageBodyByClass, messageBodyByJsname } from './selectors';

// `.css` read one by one: a list of the selector objects would carry their fixture counts into groups.js.
const BODY = [messageBody.css, messageBodyByJsname.css, messageBodyByClass.css].join(', ');

/**
 * Inside a message body, whose HTML any sender writes: it may imitate the page's own markup
 * (`section[role=listitem]`, `[data-conv-id]`, an `h3` author…), so readers never take it for
 * the page's. The body element itself is not inside.
 */
export function inMail(el: Element): boolean {
  return el.parentElement?.closest(BODY) != null;
}

/** The first match of `css` in `scope` that is the page's own, not mail content. */
export function pageMatch(scope: ParentNode, css: string): Element | null {
  return Array.from(scope.querySelectorAll(css)).find((el) => !inMail(el)) ?? null;
}

/**
 * Whether the page shows `el` as its own (never inside mail content). Groups keeps views of
 * earlier SPA pages and closed composers in the DOM (research §5.3), so every reader skips what
 * is not rendered. `aria-hidden` is deliberately ignored: Material dialogs set it on the whole
 * app behind them.
 */
export function isRendered(el: Element): boolean {
  if (!el.isConnected || el.closest('[hidden]') !== null || inMail(el)) return false;
  // checkVisibility (Chrome 105+, happy-dom) walks computed `display` up the tree.
  return typeof el.checkVisibility === 'function' ? el.checkVisibility() : true;
}

/** The elements matching `css` under `scope` that the page shows, in document order. */
export function renderedMatches(scope: ParentNode, css: string): Element[] {
  return Array.from(scope.querySelectorAll(css)).filter(isRendered);
}
