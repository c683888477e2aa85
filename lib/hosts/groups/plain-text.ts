// happy-dom has no layout, so no innerText: this walk approximates it from the DOM alone
// (block boundaries and <br> become line breaks, other whitespace collapses), the same way in
// unit tests and in the page.

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TR', 'UL',
]);
const NEVER_TEXT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD']);

/**
 * Plain text of `root` with line breaks where a browser would break lines. Elements for which
 * `skip` returns true are left out with everything inside them.
 */
export function blockText(root: Node, skip: (el: Element) => boolean = () => false): string {
  const out = new TextBuilder();
  walk(root, skip, out, false);
  return out.finish();
}

function walk(node: Node, skip: (el: Element) => boolean, out: TextBuilder, pre: boolean): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) out.text(child.nodeValue ?? '', pre);
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    if (NEVER_TEXT.has(el.tagName) || skip(el)) continue;
    if (el.tagName === 'BR') {
      out.lineBreak();
      continue;
    }
    const block = BLOCK_TAGS.has(el.tagName);
    if (block) out.blockBoundary();
    walk(el, skip, out, pre || el.tagName === 'PRE');
    if (block) out.blockBoundary();
  }
}

/** Collects text the way innerText's "required line break" rules do, roughly. */
class TextBuilder {
  private text_ = '';
  private pendingBreak = false;

  text(raw: string, pre: boolean): void {
    const value = pre ? raw : raw.replace(/[ \t\n\r\f]+/g, ' ');
    if (value === '' || (!pre && value === ' ' && this.atLineStart())) return;
    this.flush();
    this.text_ += this.atLineStart() && !pre ? value.replace(/^ /, '') : value;
  }

  lineBreak(): void {
    this.flush();
    this.text_ += '\n';
  }

  blockBoundary(): void {
    this.pendingBreak = true;
  }

  finish(): string {
    return this.text_
      .split('\n')
      .map((line) => line.replace(/(?<![ \t\u00a0])[ \t\u00a0]+$/, ''))
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  }

  private flush(): void {
    if (this.pendingBreak && !this.atLineStart()) this.text_ += '\n';
    this.pendingBreak = false;
  }

  private atLineStart(): boolean {
    return this.text_ === '' || this.text_.endsWith('\n');
  }
}
