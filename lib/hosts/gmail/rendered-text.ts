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
/** Appended when a text was cut at its limit, so the reader (and the classifier) knows. */
export const CUT_NOTE = '\n[…]';

/** Hidden without layout: the `hidden` attribute or inline `display:none` (mail preheaders use it). */
export function isHiddenInline(el: Element): boolean {
  return el.hasAttribute('hidden') || HIDDEN_STYLE.test(el.getAttribute('style') ?? '');
}

/**
 * Collects text in parts (never re-scans what it wrote: mail may be megabytes of short lines) and
 * stops at `limit` characters.
 */
class TextWriter {
  private parts: string[] = [];
  length = 0;
  cut = false;

  constructor(private readonly limit: number) {}

  private last(): string {
    return this.parts[this.parts.length - 1]?.slice(-1) ?? '';
  }

  private push(part: string): void {
    const room = this.limit - this.length;
    if (part.length > room) {
      part = part.slice(0, room);
      this.cut = true;
    }
    if (part === '') return;
    this.parts.push(part);
    this.length += part.length;
  }

  text(chunk: string, preformatted: boolean): void {
    if (!preformatted) {
      chunk = chunk.replace(/[ \t\n\r\f]+/g, ' ');
      if (chunk[0] === ' ' && (this.length === 0 || ' \n'.includes(this.last()))) chunk = chunk.slice(1);
    }
    this.push(chunk);
  }

  lineBreak(): void {
    // Drops trailing spaces; each part is trimmed at most once, so this stays linear.
    for (let part = this.parts.pop(); part !== undefined; part = this.parts.pop()) {
      let end = part.length;
      while (end > 0 && part.charCodeAt(end - 1) === 32) end--;
      this.length -= part.length - end;
      if (end > 0) {
        this.parts.push(part.slice(0, end));
        break;
      }
    }
    this.push('\n');
  }

  blockEdge(): void {
    if (this.length > 0 && this.last() !== '\n') this.lineBreak();
  }

  cellEdge(): void {
    if (this.length > 0 && !' \n'.includes(this.last())) this.push(' ');
  }

  result(): string {
    const text = this.parts
      .join('')
      .replace(/\u00a0/g, ' ')
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
    return this.cut ? text + CUT_NOTE : text;
  }
}

/**
 * Text of `root`, skipping elements with attributes for which `skip` returns true (quotes, signatures…).
 * Keeps line breaks; runs of blank lines become one blank line. Reads at most `limit` characters
 * and `limit / 2` nodes (then ends with CUT_NOTE). Walks without recursion: mail can nest deeper
 * than the stack.
 */
export function renderedText(root: Element, skip: (el: Element) => boolean = () => false, limit = Infinity): string {
  const writer = new TextWriter(limit);
  let preformatted = root.localName === 'pre' ? 1 : 0;
  let nodes = limit / 2;
  const leave = (el: Element): void => {
    const tag = el.localName;
    if (BLOCK_TAGS.has(tag)) writer.blockEdge();
    if (tag === 'pre' || tag === 'textarea') preformatted--;
    if (tag === 'td' || tag === 'th') writer.cellEdge();
  };
  let node: Node | null = root.firstChild;
  while (node) {
    if (writer.length >= limit || --nodes < 0) {
      writer.cut = true;
      break;
    }
    let inside: Node | null = null;
    if (node.nodeType === 3) writer.text(node.nodeValue ?? '', preformatted > 0);
    else if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.localName;
      // Elements without attributes (most of a long mail) cannot be hidden inline or be a quote.
      if (NEVER_RENDERED.has(tag) || (el.hasAttributes() && (isHiddenInline(el) || skip(el)))) {
        // skipped with everything inside
      } else if (tag === 'br') writer.lineBreak();
      else {
        if (BLOCK_TAGS.has(tag)) writer.blockEdge();
        if (tag === 'pre' || tag === 'textarea') preformatted++;
        inside = el.firstChild;
        if (!inside) leave(el);
      }
    }
    if (inside) {
      node = inside;
      continue;
    }
    let next: Node | null = node.nextSibling;
    while (!next) {
      node = node.parentNode;
      if (!node || node === root) break;
      leave(node as Element);
      next = node.nextSibling;
    }
    node = next;
  }
  return writer.result();
}
