import { isHiddenInline } from './rendered-text';

/**
 * Whether an element is shown. Gmail keeps hidden views (the list behind an open thread, closed
 * composes) in the DOM, so "first match" is often the wrong one. Uses `checkVisibility` where the
 * engine has it; otherwise inline styles and `hidden` on the element and its ancestors.
 */
export function isShown(el: Element): boolean {
  if (!el.isConnected) return false;
  if (typeof el.checkVisibility === 'function') return el.checkVisibility();
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (isHiddenInline(node)) return false;
  }
  return true;
}

/** The first shown element of `selector` in `scope`, else the first match, else null. */
export function firstShown(scope: ParentNode, selector: string): Element | null {
  const all = Array.from(scope.querySelectorAll(selector));
  return all.find(isShown) ?? all[0] ?? null;
}
