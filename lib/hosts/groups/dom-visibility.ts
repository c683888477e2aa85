/**
 * Whether the page shows `el`. Groups keeps views of earlier SPA pages and closed composers in
 * the DOM (research §5.3), so every reader skips what is not rendered. `aria-hidden` is
 * deliberately ignored: Material dialogs set it on the whole app behind them.
 */
export function isRendered(el: Element): boolean {
  if (!el.isConnected || el.closest('[hidden]') !== null) return false;
  // checkVisibility (Chrome 105+, happy-dom) walks computed `display` up the tree.
  return typeof el.checkVisibility === 'function' ? el.checkVisibility() : true;
}

/** The elements matching `css` under `scope` that the page shows, in document order. */
export function renderedMatches(scope: ParentNode, css: string): Element[] {
  return Array.from(scope.querySelectorAll(css)).filter(isRendered);
}
