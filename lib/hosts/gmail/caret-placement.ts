import { signature } from './selectors';

export interface InsertionPoint {
  range: Range;
  /** Text to put before the user's text (a line break when appending to a last line that has text). */
  prefix: string;
}

/** A direct child of the editor that shows nothing: `<br>`, whitespace, or a block holding only those. */
function isEmptyLine(node: Node): boolean {
  if (node.nodeType === 3) return (node.nodeValue ?? '').trim() === '';
  if (node.nodeType !== 1) return true;
  const element = node as Element;
  return element.localName === 'br' || ((element.textContent ?? '').trim() === '' && element.querySelector('img') === null);
}

/** The editor's child that starts the signature (`span.gmail_signature_prefix` or `div.gmail_signature`). */
function signatureTop(editor: HTMLElement): ChildNode | null {
  let node: Node | null = editor.querySelector(signature);
  while (node && node.parentNode !== editor) node = node.parentNode;
  return (node as ChildNode | null) ?? null;
}

/** Whether the range ends before the signature starts (a caret just at its start counts as inside). */
function endsBeforeSignature(range: Range, top: ChildNode, editor: HTMLElement): boolean {
  const signatureRange = editor.ownerDocument.createRange();
  signatureRange.setStartBefore(top);
  signatureRange.setEnd(editor, editor.childNodes.length);
  return signatureRange.comparePoint(range.endContainer, range.endOffset) < 0;
}

/** The first blank line of the blank lines above the signature; Gmail puts one there for writing. */
function aboveSignature(editor: HTMLElement, top: ChildNode): InsertionPoint {
  const doc = editor.ownerDocument;
  let line: Element | null = null;
  for (let node = top.previousSibling; node && isEmptyLine(node); node = node.previousSibling) {
    if (node.nodeType === 1 && (node as Element).localName !== 'br') line = node as Element;
  }
  if (!line) {
    line = doc.createElement('div');
    line.append(doc.createElement('br'));
    editor.insertBefore(line, top);
  }
  const range = doc.createRange();
  range.setStart(line, 0);
  return { range, prefix: '' };
}

/** Without a signature: the first empty line of an empty editor, else after the last text. */
function atEnd(editor: HTMLElement): InsertionPoint {
  const range = editor.ownerDocument.createRange();
  const last = editor.lastChild;
  if ((editor.textContent ?? '').trim() === '') {
    const first = editor.firstElementChild;
    range.setStart(first && first.localName !== 'br' ? first : editor, 0);
    return { range, prefix: '' };
  }
  if (last && last.nodeType === 1 && isEmptyLine(last) && (last as Element).localName !== 'br') {
    range.setStart(last, 0);
    return { range, prefix: '' };
  }
  range.selectNodeContents(editor);
  range.collapse(false);
  return { range, prefix: '\n' };
}

/**
 * Where text goes: the caret the user left in this editor, unless it sits in or after the
 * signature (or outside the editor); then the blank line above the signature, or the end.
 */
export function insertionPoint(editor: HTMLElement, caret: Range | null): InsertionPoint {
  const top = signatureTop(editor);
  const inEditor = caret !== null && editor.contains(caret.startContainer) && editor.contains(caret.endContainer);
  if (caret && inEditor && (!top || endsBeforeSignature(caret, top, editor))) return { range: caret.cloneRange(), prefix: '' };
  return top ? aboveSignature(editor, top) : atEnd(editor);
}
