import { describe, expect, it } from 'vitest';
import { insertionPoint } from './caret-placement';
import { documentOf } from './test-support/fixture-pages';

const SIGNATURE = '<span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature">Lena Marquardt<br>FTPGate Helpdesk</div>';

function editorWith(html: string): HTMLElement {
  const doc = documentOf(`<div g_editable="true" role="textbox" contenteditable="true">${html}</div>`);
  return doc.querySelector('[role=textbox]') as HTMLElement;
}

/** Where a range points, written as "<path of element or text>@offset" for readable tables. */
function describePoint(editor: HTMLElement, node: Node, offset: number): string {
  const path: string[] = [];
  for (let n: Node | null = node; n && n !== editor; n = n.parentNode) {
    const siblings = Array.from(n.parentNode?.childNodes ?? []);
    path.unshift(`${n.nodeType === 3 ? '#text' : (n as Element).localName}[${siblings.indexOf(n as ChildNode)}]`);
  }
  return `${path.join('/') || 'editor'}@${offset}`;
}

/** Finds a caret position given as [css selector inside the editor ('' = editor), offset]. */
function caretAt(editor: HTMLElement, where: [string, number] | null): Range | null {
  if (!where) return null;
  const node = where[0] === '' ? editor : editor.querySelector(where[0]);
  const range = editor.ownerDocument.createRange();
  range.setStart(node?.firstChild && where[0].endsWith('::text') ? node.firstChild : (node as Node), where[1]);
  return range;
}

describe('insertionPoint', () => {
  it.each<[string, string, [string, number] | null, string, string]>([
    ['keeps a caret at the start of a fresh reply', `<div><br></div><div><br clear="all"></div><div><br></div>${SIGNATURE}`, ['div', 0], 'div[0]@0', ''],
    ['keeps a caret in the user\'s text', `<div>Hi Kofi,</div><div><br></div>${SIGNATURE}`, ['div', 1], 'div[0]@1', ''],
    ['moves a caret inside the signature above it', `<div><br></div><div><br clear="all"></div><div><br></div>${SIGNATURE}`, ['.gmail_signature', 1], 'div[0]@0', ''],
    ['moves a caret just before "-- " above it', `<div><br></div><div><br></div>${SIGNATURE}`, ['', 2], 'div[0]@0', ''],
    ['moves a caret after the signature above it', `<div>Thanks</div><div><br clear="all"></div><div><br></div>${SIGNATURE}`, ['', 6], 'div[1]@0', ''],
    ['uses the blank line above the signature without a caret', `<div><br></div><div><br clear="all"></div><div><br></div>${SIGNATURE}`, null, 'div[0]@0', ''],
    ['makes a blank line when text touches the signature', `<div>Regards</div>${SIGNATURE}`, null, 'div[1]@0', ''],
    ['starts an empty pop-out without signature', '<br>', null, 'editor@0', ''],
    ['uses a trailing blank line without signature', '<div>Hello</div><div><br></div>', null, 'div[1]@0', ''],
    ['appends on a new line after text without signature', '<div>Hello</div>', null, 'editor@1', '\n'],
  ])('%s', (_what, html, caret, expected, prefix) => {
    const editor = editorWith(html);
    const signatureBefore = editor.querySelector('.gmail_signature')?.outerHTML;
    const point = insertionPoint(editor, caretAt(editor, caret));
    expect(describePoint(editor, point.range.startContainer, point.range.startOffset)).toBe(expected);
    expect(point.prefix).toBe(prefix);
    expect(editor.querySelector('.gmail_signature')?.outerHTML).toBe(signatureBefore);
  });

  it('ignores a caret that is not in this editor', () => {
    const editor = editorWith(`<div>Draft</div><div><br></div>${SIGNATURE}`);
    const elsewhere = editor.ownerDocument.createRange();
    elsewhere.setStart(editor.ownerDocument.body, 0);
    const point = insertionPoint(editor, elsewhere);
    expect(describePoint(editor, point.range.startContainer, point.range.startOffset)).toBe('div[1]@0');
  });
});
