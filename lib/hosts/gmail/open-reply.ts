import { findConversationRoot } from './conversation-root';
import { findOpenEditor, type FoundEditor } from './find-editor';
import { bottomReplyLink, messageReplyButton } from './selectors';
import { isShown } from './visibility';

export const OPEN_REPLY_TIMEOUT_MS = 3000;

/**
 * Gmail's Reply control: the shown bottom "Reply" link (since the 2025-11 A/B there may be a
 * hidden copy inside the table and a shown one outside, SDK 240ca0ea), else the last message's
 * header reply arrow.
 */
export function findReplyControl(root: Element): HTMLElement | null {
  const bottom = Array.from(root.querySelectorAll<HTMLElement>(bottomReplyLink)).find(isShown);
  if (bottom) return bottom;
  const arrows = Array.from(root.querySelectorAll<HTMLElement>(messageReplyButton)).filter(isShown);
  return arrows[arrows.length - 1] ?? null;
}

/** Gmail's handlers (jsaction) listen to the whole press, not only `click`. */
function press(control: HTMLElement): void {
  const view = control.ownerDocument.defaultView;
  const MouseEventCtor = view?.MouseEvent ?? MouseEvent;
  for (const type of ['mousedown', 'mouseup', 'click']) {
    control.dispatchEvent(new MouseEventCtor(type, { bubbles: true, cancelable: true, button: 0 }));
  }
}

/** Resolves with the first open editor, or null after `timeoutMs`. */
export function waitForEditor(doc: Document, timeoutMs: number): Promise<FoundEditor | null> {
  return new Promise((resolve) => {
    const found = findOpenEditor(doc);
    if (found) {
      resolve(found);
      return;
    }
    const ObserverCtor = doc.defaultView?.MutationObserver ?? MutationObserver;
    const finish = (result: FoundEditor | null): void => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(result);
    };
    const observer = new ObserverCtor(() => {
      const editor = findOpenEditor(doc);
      if (editor) finish(editor);
    });
    const timer = setTimeout(() => finish(null), timeoutMs);
    observer.observe(doc.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'style'] });
  });
}

/** Clicks Reply in the open conversation and waits for its editor; null when there is none to click or it never opens. */
export async function openReplyEditor(doc: Document, timeoutMs = OPEN_REPLY_TIMEOUT_MS): Promise<FoundEditor | null> {
  const root = findConversationRoot(doc);
  const control = root && findReplyControl(root);
  if (!control) return null;
  press(control);
  return waitForEditor(doc, timeoutMs);
}
