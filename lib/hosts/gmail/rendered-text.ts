import { finishSteps, type Steps } from '../read-steps';
import { walkTree } from '../walk-tree';

/**
 * Plain text of an element as a reader sees it, without layout: happy-dom and an isolated world
 * both lack a trustworthy `innerText`, so we walk `textContent` and add the line breaks blocks
 * and `<br>` would make. Whitespace collapses as CSS does; `<pre>` keeps it.
 */
// One string each: the list is injected into every Gmail tab, and this is shorter minified.
const BLOCK_TAGS = new Set(
  'address article aside blockquote dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody thead tfoot tr ul'.split(' '),
);
const NEVER_RENDERED = new Set('script style template noscript head title iframe object'.split(' '));
const HIDDEN_STYLE = /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)/i;
/** Appended when a text was cut at its limit, so the reader (and the classifier) knows. */
export const CUT_NOTE = '\n[…]';

/** Hidden without layout: the `hidden` attribute or inline `display:none` (mail preheaders use it). */
export function isHiddenInline(el: Element): boolean {
  return el.hasAttribute('hidden') || HIDDEN_STYLE.test(el.getAttribute('style') ?? '');
}

/**
 * Text of `root`, skipping elements with attributes for which `skip` returns true (quotes,
 * signatures…). Keeps line breaks; runs of blank lines become one blank line. Reads at most
 * `limit` characters and `limit / 2` nodes (then ends with CUT_NOTE). Linear: the text is kept in
 * parts and never re-scanned (mail may be megabytes of short lines), and the walk has no
 * recursion (mail can nest deeper than the stack). Plain closures, not a class: what Gmail loads
 * is counted in bytes, and local names minify.
 */
export function renderedText(root: Element, skip?: (el: Element) => boolean, limit?: number): string {
  return finishSteps(renderedTextSteps(root, skip, limit));
}

/** `renderedText` in steps (lib/hosts/read-steps.ts), for the page. */
export function* renderedTextSteps(root: Element, skip: (el: Element) => boolean = () => false, limit = Infinity): Steps<string> {
  const parts: string[] = [];
  let length = 0;
  let cut = false;
  let preformatted = root.localName === 'pre' ? 1 : 0;
  let nodes = limit / 2;
  const last = (): string => parts[parts.length - 1]?.slice(-1) ?? '';
  const push = (part: string): void => {
    if (part.length > limit - length) {
      part = part.slice(0, limit - length);
      cut = true;
    }
    if (part === '') return;
    parts.push(part);
    length += part.length;
  };
  const lineBreak = (): void => {
    // Drops trailing spaces; each part is trimmed at most once.
    for (let part = parts.pop(); part !== undefined; part = parts.pop()) {
      let end = part.length;
      while (end > 0 && part.charCodeAt(end - 1) === 32) end--;
      length -= part.length - end;
      if (end > 0) {
        parts.push(part.slice(0, end));
        break;
      }
    }
    push('\n');
  };
  const blockEdge = (): void => {
    if (length > 0 && last() !== '\n') lineBreak();
  };
  const leave = (el: Element): void => {
    const tag = el.localName;
    if (BLOCK_TAGS.has(tag)) blockEdge();
    if (tag === 'pre' || tag === 'textarea') preformatted--;
    if ((tag === 'td' || tag === 'th') && length > 0 && !' \n'.includes(last())) push(' ');
  };
  if (
    yield* walkTree(root, {
      stop: () => length >= limit || --nodes < 0,
      text: (node) => {
        let chunk = node.nodeValue ?? '';
        if (preformatted === 0) {
          chunk = chunk.replace(/[ \t\n\r\f]+/g, ' ');
          if (chunk[0] === ' ' && (length === 0 || ' \n'.includes(last()))) chunk = chunk.slice(1);
        }
        push(chunk);
      },
      enter: (el) => {
        const tag = el.localName;
        // Elements without attributes (most of a long mail) cannot be hidden inline or be a quote.
        if (NEVER_RENDERED.has(tag) || (el.hasAttributes() && (isHiddenInline(el) || skip(el)))) return false;
        if (tag === 'br') {
          lineBreak();
          return false;
        }
        if (BLOCK_TAGS.has(tag)) blockEdge();
        if (tag === 'pre' || tag === 'textarea') preformatted++;
        return true;
      },
      leave,
    })
  ) {
    cut = true;
  }
  const text = parts
    .join('')
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return cut ? text + CUT_NOTE : text;
}
