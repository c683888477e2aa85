import type { InsertResult } from '../host-adapter';
import { findConversationRoot, findMessageItems } from './conversation-root';
import { insertPlainText } from '../insert-plain-text';
import { findReplyAllButton, findReplyEditor } from './reply-editor';
import { rememberedGroupsCaret, trackGroupsCaret } from './caret-tracker';

export interface InsertOptions {
  /** How long Groups may take to show the editor after "Reply all" (it may fetch a draft first). */
  openTimeoutMs?: number;
}

export { trackGroupsCaret };

/**
 * Inserts `text` into the open reply editor at the remembered caret (else at its end). Opens
 * one with "Reply all" when none is open. Never throws: failures are `ok: false`.
 */
export async function insertIntoGroupsReply(doc: Document, text: string, options: InsertOptions = {}): Promise<InsertResult> {
  try {
    let editor = findReplyEditor(doc);
    const openedReply = editor === null;
    if (editor === null) {
      const root = findConversationRoot(doc);
      const button = root === null ? null : findReplyAllButton(doc, findMessageItems(root));
      if (button === null) return { ok: false, reason: 'No open conversation with a "Reply all" button.' };
      button.click();
      editor = await waitFor(doc, () => findReplyEditor(doc), options.openTimeoutMs ?? 3000);
      if (editor === null) return { ok: false, reason: 'The reply editor did not open after "Reply all".' };
    }
    placeCaret(doc, editor);
    insertPlainText(editor, text);
    return { ok: true, editor: 'groups-reply', openedReply };
  } catch (error) {
    return { ok: false, reason: `Could not insert into the reply: ${String(error)}` };
  }
}

function placeCaret(doc: Document, editor: HTMLElement): void {
  editor.focus();
  const selection = doc.getSelection();
  if (selection === null) return;
  const remembered = rememberedGroupsCaret(doc);
  if (remembered !== undefined && editor.contains(remembered.startContainer) && editor.contains(remembered.endContainer)) {
    selection.removeAllRanges();
    selection.addRange(remembered.cloneRange());
  } else if (selection.rangeCount === 0 || !editor.contains(selection.getRangeAt(0).startContainer)) {
    const end = doc.createRange();
    end.selectNodeContents(editor);
    end.collapse(false);
    selection.removeAllRanges();
    selection.addRange(end);
  }
}

/** Resolves with `find()` as soon as it returns an element, or null after `timeoutMs`. */
function waitFor<T>(doc: Document, find: () => T | null, timeoutMs: number): Promise<T | null> {
  const now = find();
  // The script's own MutationObserver (a content script's world); the page's only without one (tests).
  const Observer = typeof MutationObserver === 'function' ? MutationObserver : doc.defaultView?.MutationObserver;
  if (now !== null || Observer === undefined) return Promise.resolve(now);
  return new Promise((resolve) => {
    const finish = (value: T | null): void => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(value);
    };
    const observer = new Observer(() => {
      const found = find();
      if (found !== null) finish(found);
    });
    observer.observe(doc, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden', 'style', 'class'] });
    const timer = setTimeout(() => finish(find()), timeoutMs);
  });
}
