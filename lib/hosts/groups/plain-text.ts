// happy-dom has no layout, so no innerText: this walk approximates it from the DOM alone
// (block boundaries and <br> become line breaks, other whitespace collapses), the same way in
// unit tests and in the page.

import { finishSteps, type Steps } from '../read-steps';
import { walkTree } from '../walk-tree';

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TR', 'UL',
]);
const NEVER_TEXT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD']);
/** Appended when a text was cut at its limit. */
export const CUT_NOTE = '\n[…]';

/**
 * Plain text of `root` with line breaks where a browser would break lines. Elements for which
 * `skip` returns true are left out with everything inside them; `skip` sees elements in document
 * order. Reads at most `limit` characters and `limit / 2` nodes, then ends with CUT_NOTE. No
 * recursion: mail can nest deeper than the stack.
 */
export function blockText(root: Node, skip?: (el: Element) => boolean, limit?: number): string {
  return finishSteps(blockTextSteps(root, skip, limit));
}

/** `blockText` in steps (lib/hosts/read-steps.ts), for the page. */
export function* blockTextSteps(root: Node, skip: (el: Element) => boolean = () => false, limit = Infinity): Steps<string> {
  const out = new TextBuilder(limit);
  let pre = 0;
  let nodes = limit / 2;
  const leave = (el: Element): void => {
    if (BLOCK_TAGS.has(el.tagName)) out.blockBoundary();
    if (el.tagName === 'PRE') pre--;
  };
  const stopped = yield* walkTree(root, {
    stop: () => out.length >= limit || --nodes < 0,
    text: (node) => out.text(node.nodeValue ?? '', pre > 0),
    enter: (el) => {
      if (NEVER_TEXT.has(el.tagName) || skip(el)) return false;
      if (el.tagName === 'BR') {
        out.lineBreak();
        return false;
      }
      if (BLOCK_TAGS.has(el.tagName)) out.blockBoundary();
      if (el.tagName === 'PRE') pre++;
      return true;
    },
    leave,
  });
  if (stopped) out.cut = true;
  return out.finish();
}

/** Collects text the way innerText's "required line break" rules do, roughly; in parts, never re-read. */
class TextBuilder {
  private parts: string[] = [];
  private pendingBreak = false;
  length = 0;
  cut = false;

  constructor(private readonly limit: number) {}

  text(raw: string, pre: boolean): void {
    const value = pre ? raw : raw.replace(/[ \t\n\r\f]+/g, ' ');
    if (value === '' || (!pre && value === ' ' && this.atLineStart())) return;
    this.flush();
    this.push(this.atLineStart() && !pre ? value.replace(/^ /, '') : value);
  }

  lineBreak(): void {
    this.flush();
    this.push('\n');
  }

  blockBoundary(): void {
    this.pendingBreak = true;
  }

  finish(): string {
    const text = this.parts
      .join('')
      .split('\n')
      .map(trimEnd)
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
    return this.cut ? text + CUT_NOTE : text;
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

  private flush(): void {
    if (this.pendingBreak && !this.atLineStart()) this.push('\n');
    this.pendingBreak = false;
  }

  private atLineStart(): boolean {
    return this.length === 0 || this.parts[this.parts.length - 1]?.endsWith('\n') === true;
  }
}

/** Drops trailing spaces, tabs and no-break spaces (a loop: `/[ \t\u00a0]+$/` is quadratic on long runs). */
function trimEnd(line: string): string {
  let end = line.length;
  while (end > 0 && ' \t\u00a0'.includes(line.charAt(end - 1))) end--;
  return line.slice(0, end);
}
