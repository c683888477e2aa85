import type { InsertResult } from '../host-adapter';
import { insertionPoint } from './caret-placement';
import { editorOf, savedCaret, selectionInEditor, trackGmailCaret } from './caret-tracker';
import { findOpenEditor } from './find-editor';
import { insertPlainText } from '../insert-plain-text';
import { openReplyEditor } from './open-reply';

export { trackGmailCaret };

/**
 * Inserts plain text into the reply the user is writing: the editor holding the remembered caret,
 * else the open inline reply, else a pop-out or full-screen compose; with none open it clicks
 * Reply and waits (≤ 3 s). Text goes at the caret, but never into or below the signature.
 * Never throws: a failure is `{ ok: false, reason }`.
 */
export async function insertIntoGmailReply(doc: Document, text: string): Promise<InsertResult> {
  try {
    const remembered = savedCaret(doc);
    let target = findOpenEditor(doc, editorOf(remembered?.startContainer ?? null));
    let openedReply = false;
    if (!target) {
      target = await openReplyEditor(doc);
      if (!target) return { ok: false, reason: 'No reply editor is open and no Reply button was found (or it did not open within 3 s).' };
      openedReply = true;
    }
    const editor = target.element;
    // The remembered caret if it is in this editor, else wherever Gmail put the caret on opening it.
    const caret = remembered && editor.contains(remembered.startContainer) ? remembered : selectionInEditor(doc);
    const { range, prefix } = insertionPoint(editor, caret);
    insertPlainText(editor, prefix + text, range);
    return { ok: true, editor: target.kind, openedReply };
  } catch (error) {
    return { ok: false, reason: `Could not insert into the reply: ${error instanceof Error ? error.message : String(error)}` };
  }
}
