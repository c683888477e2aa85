import { rememberedCarets } from '../remembered-caret';
import { replyEditor } from './selectors';

/**
 * Remembers the last caret inside a reply editor until `signal` aborts: clicking the sidebar
 * moves the focus and the selection out of the page.
 */
export function trackGroupsCaret(doc: Document, signal: AbortSignal): void {
  const carets = rememberedCarets();
  const remember = (): void => {
    const selection = doc.getSelection();
    if (selection === null || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    if (editorAround(range.startContainer) !== null) carets.set(doc, range.cloneRange());
  };
  doc.addEventListener('selectionchange', remember, { signal });
  signal.addEventListener('abort', () => carets.delete(doc), { once: true });
}

/** The remembered caret, if there is one (it may have left the editor since). */
export function rememberedGroupsCaret(doc: Document): Range | undefined {
  return rememberedCarets().get(doc);
}

function editorAround(node: Node): Element | null {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return el?.closest(replyEditor.css) ?? null;
}
