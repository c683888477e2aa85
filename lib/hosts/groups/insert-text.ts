/**
 * Inserts plain text at the document's selection inside `editor`. First as if typed
 * (`execCommand('insertText')`: keeps undo, fires real `input` events so "Post message"
 * enables; Chromium turns each "\n" into a paragraph, seen 2026-11-26 in Chromium with
 * compose.browser.test.ts); else by DOM Range with <br> and a dispatched `input` event (no
 * undo entry). Returns which way worked.
 */
export function insertPlainText(doc: Document, editor: HTMLElement, text: string): 'command' | 'range' {
  const before = visibleChars(editor);
  // happy-dom has no execCommand; an editor that cancels `beforeinput` makes it a no-op.
  const typed = typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text);
  if (typed && visibleChars(editor) > before) return 'command';
  insertWithRange(doc, editor, text);
  return 'range';
}

function visibleChars(editor: Node): number {
  return (editor.textContent ?? '').replace(/\s+/g, '').length;
}

function insertWithRange(doc: Document, editor: HTMLElement, text: string): void {
  const selection = doc.getSelection();
  const current = selection !== null && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  // Never outside the editor, whatever the selection says.
  const range = current !== null && editor.contains(current.commonAncestorContainer) ? current : endOf(doc, editor);
  range.deleteContents();
  const fragment = doc.createDocumentFragment();
  for (const [i, line] of text.split('\n').entries()) {
    if (i > 0) fragment.appendChild(doc.createElement('br'));
    if (line !== '') fragment.appendChild(doc.createTextNode(line));
  }
  const last = fragment.lastChild;
  range.insertNode(fragment);
  if (last !== null) {
    range.setStartAfter(last);
    range.collapse(true);
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
  // The script's own constructor (a content script's world); the page's only without one (tests).
  const InputEventCtor = typeof InputEvent === 'function' ? InputEvent : doc.defaultView?.InputEvent;
  if (InputEventCtor) editor.dispatchEvent(new InputEventCtor('input', { bubbles: true, inputType: 'insertText', data: text }));
}

function endOf(doc: Document, editor: HTMLElement): Range {
  const range = doc.createRange();
  range.selectNodeContents(editor);
  range.collapse(false);
  return range;
}
