export type InsertMethod = 'execCommand' | 'range';

function select(doc: Document, range: Range): void {
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/** Text nodes and `<br>`s built with DOM calls; mail and template text never become HTML. */
function insertWithRange(doc: Document, range: Range, text: string): void {
  range.deleteContents();
  const fragment = doc.createDocumentFragment();
  text.split('\n').forEach((line, i) => {
    if (i > 0) fragment.append(doc.createElement('br'));
    if (line !== '') fragment.append(doc.createTextNode(line));
  });
  const last = fragment.lastChild;
  range.insertNode(fragment);
  if (last) {
    range.setStartAfter(last);
    range.collapse(true);
    select(doc, range);
  }
}

/**
 * Types `text` at `range` in `editor`. `execCommand('insertText')` is what a user's typing does:
 * Gmail's undo stack and draft saving see it and an `input` event fires. Where the engine refuses
 * (or has no execCommand), a Range insertion plus a synthetic `input` event does the same job
 * minus undo.
 */
export function insertPlainText(editor: HTMLElement, range: Range, text: string): InsertMethod {
  const doc = editor.ownerDocument;
  const normalized = text.replace(/\r\n?/g, '\n');
  editor.focus();
  select(doc, range);
  if (typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, normalized)) return 'execCommand';
  insertWithRange(doc, range, normalized);
  const InputEventCtor = doc.defaultView?.InputEvent ?? InputEvent;
  editor.dispatchEvent(new InputEventCtor('input', { bubbles: true, inputType: 'insertText', data: normalized }));
  return 'range';
}
