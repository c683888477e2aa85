/** How the text went in: as typed (undo and the page's own `input` handling) or by DOM calls. */
export type InsertMethod = 'execCommand' | 'range';

/**
 * Types `text` at the selection inside `editor` (Gmail's and Groups' reply editors alike).
 * `execCommand('insertText')` is what a user's typing does: the page's undo stack and draft saving
 * see it and a real `input` event fires; Chromium turns each "\n" into a new line (seen
 * 2026-11-26). Where the engine refuses, or the editor cancels `beforeinput` so nothing appears,
 * a Range insertion of text nodes and <br>s plus a dispatched `input` event does the same job,
 * minus undo. Mail and template text never become HTML.
 */
export function insertPlainText(editor: HTMLElement, text: string, range?: Range): InsertMethod {
  const doc = editor.ownerDocument;
  const normalized = text.replace(/\r\n?/g, '\n');
  editor.focus();
  if (range) select(doc, range);
  const before = visibleChars(editor);
  const typed = typeof doc.execCommand === 'function' && withSizeHeld(editor, () => doc.execCommand('insertText', false, normalized));
  if (typed && visibleChars(editor) > before) {
    revealCaret(doc);
    return 'execCommand';
  }
  insertWithRange(doc, editor, normalized);
  return 'range';
}

/**
 * Chromium lays the page out again for each line an editing command inserts: a 16-line template
 * costs ~15 ms in a Gmail-like page with the sidebar open, most of it outside the editor (seen
 * 2026-12-03, `npm run bench`). While the command runs, the editor's size is held
 * (`contain: size layout`), so each of those layouts stops at the editor (~10 ms). Its style
 * attribute is put back exactly as it was before anything paints; undo is not affected.
 */
function withSizeHeld<T>(editor: HTMLElement, run: () => T): T {
  const style = editor.getAttribute('style');
  const { height } = editor.getBoundingClientRect();
  editor.style.setProperty('box-sizing', 'border-box', 'important');
  editor.style.setProperty('height', `${height}px`, 'important');
  editor.style.setProperty('contain', 'size layout', 'important');
  try {
    return run();
  } finally {
    if (style === null) editor.removeAttribute('style');
    else editor.setAttribute('style', style);
  }
}

/** The command scrolled to the caret while the editor's size was held; now that it has grown, again. */
function revealCaret(doc: Document): void {
  const node = doc.getSelection()?.focusNode ?? null;
  const element = node === null ? null : node.nodeType === 1 ? (node as Element) : node.parentElement;
  element?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

function select(doc: Document, range: Range): void {
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
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
    select(doc, range);
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
