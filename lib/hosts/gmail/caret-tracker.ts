import { rememberedCarets } from '../remembered-caret';
import { editor } from './selectors';
import { inMail } from './visibility';

/** The compose body holding `node`, if any (never the subject box: that is an `<input>`). */
export function editorOf(node: Node | null): HTMLElement | null {
  const element = node && (node.nodeType === 1 ? (node as Element) : node.parentElement);
  const found = element?.closest<HTMLElement>(editor);
  // A look-alike editor in mail content is not the user's reply.
  return found && !inMail(found) ? found : null;
}

/** The document's current selection, when it lies inside a compose body. */
export function selectionInEditor(doc: Document): Range | null {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const holder = editorOf(range.startContainer);
  return holder && holder.contains(range.endContainer) ? range.cloneRange() : null;
}

/**
 * Remembers the last caret inside any reply or compose editor until `signal` aborts. Listens to
 * what moves a caret (selection changes, keys, mouse, focus); selections elsewhere are ignored.
 */
export function trackGmailCaret(doc: Document, signal: AbortSignal): void {
  if (signal.aborted) return;
  // Kept while the sidebar has focus, so text lands where the user left off.
  const savedCarets = rememberedCarets();
  const remember = (): void => {
    const range = selectionInEditor(doc);
    if (range) savedCarets.set(doc, range);
  };
  for (const type of ['selectionchange', 'keyup', 'mouseup', 'focusin']) {
    doc.addEventListener(type, remember, { capture: true, passive: true, signal });
  }
  signal.addEventListener('abort', () => savedCarets.delete(doc), { once: true });
  remember();
}

/** The remembered caret, if its editor is still in the page. */
export function savedCaret(doc: Document): Range | null {
  const range = rememberedCarets().get(doc);
  return range && range.startContainer.isConnected && editorOf(range.startContainer) ? range : null;
}
