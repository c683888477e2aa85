/**
 * Plain text of an element as a reader sees it, without layout: happy-dom and an isolated world
 * both lack a trustworthy `innerText`, so we walk `textContent` and add the line breaks blocks
 * and `<br>` would make. Whitespace collapses as CSS does; `<pre>` keeps it.
 */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul',
]);
const NEVER_RENDERED = new Set(['script', 'style', 'template', 'noscript', 'head', 'title', 'iframe', 'object']);
const HIDDEN_STYLE = /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Hidden without layout: the `hidden` attribute or inline `display:none` (mail preheaders use it). */
export function isHiddenInline(el: Element): boolean {
  return el.hasAttribute('hidden') || HIDDEN_STYLE.test(el.getAttribute('style') ?? '');
}

class TextWriter {
  private out = '';

  text(chunk: string, preformatted: boolean): void {
    if (preformatted) {
      this.out += chunk;
      return;
    }
    let collapsed = chunk.replace(/[ \t\n\r\f]+/g, ' ');
    if (collapsed.startsWith(' ') && (this.out === '' || this.endsWithSpaceOrBreak())) collapsed = collapsed.slice(1);
    this.out += collapsed;
  }

  // Checked and trimmed from the end: a regex with "$" scans the whole text so far, once per
  // chunk, which is quadratic in the length of a message.
  private endsWithSpaceOrBreak(): boolean {
    return this.out.endsWith(' ') || this.out.endsWith('\n');
  }

  lineBreak(): void {
    let end = this.out.length;
    while (end > 0 && this.out.charCodeAt(end - 1) === 32) end--;
    this.out = this.out.slice(0, end) + '\n';
  }

  blockEdge(): void {
    if (this.out !== '' && !this.out.endsWith('\n')) this.lineBreak();
  }

  cellEdge(): void {
    if (this.out !== '' && !this.endsWithSpaceOrBreak()) this.out += ' ';
  }

  result(): string {
    return this.out
      .replace(/\u00a0/g, ' ')
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  }
}

/**
 * Text of `root`, skipping elements for which `skip` returns true (quotes, signatures…).
 * Keeps line breaks; runs of blank lines become one blank line.
 */
export function renderedText(root: Element, skip: (el: Element) => boolean = () => false): string {
  const writer = new TextWriter();
  const walk = (node: Node, preformatted: boolean): void => {
    if (node.nodeType === 3) {
      writer.text(node.nodeValue ?? '', preformatted);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.localName;
    if (NEVER_RENDERED.has(tag) || isHiddenInline(el) || skip(el)) return;
    if (tag === 'br') {
      writer.lineBreak();
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) writer.blockEdge();
    for (const child of Array.from(el.childNodes)) walk(child, preformatted || tag === 'pre' || tag === 'textarea');
    if (block) writer.blockEdge();
    if (tag === 'td' || tag === 'th') writer.cellEdge();
  };
  for (const child of Array.from(root.childNodes)) walk(child, root.localName === 'pre');
  return writer.result();
}
