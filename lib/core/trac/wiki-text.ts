// Turning customer text into Trac wiki text that shows exactly what the customer wrote
// (checked against trac/wiki/formatter.py and parser.py of Trac 1.x).

const ZERO_WIDTH_SPACE = '\u200B';

/** Wiki syntax a short value could trigger: links, macros, emphasis, tables, line breaks. */
const ACTIVE_SYNTAX =
  /[[\]{}`<>!]|''|\|\||\^|,,|~~|__|\*\*|\/\/|\\\\|\b(?:wiki|ticket|comment|source|browser|changeset|log|report|query|milestone|attachment|search|timeline|htdocs|chrome|export|diff|mailto|https?|ftp|trac|cs|tk|ti):\S|\br\d+\b/i;

/** A WikiPageName: Upper-lower, then one or more Upper… parts ending in lower case ("MaxFileSize"). */
const CAMEL_CASE = /(^|[^\p{L}\p{N}_/!])(\p{Lu}\p{Ll}+(?:\p{Lu}[\p{L}\p{N}]*\p{Ll})+)(?![\p{L}\p{N}])/gu;

/** Breaks up {{{ and }}} so that text cannot open or close a wiki code block. */
function breakTripleBraces(text: string): string {
  return text.replace(/\{\{\{/g, `{${ZERO_WIDTH_SPACE}{{`).replace(/\}\}\}/g, `}}${ZERO_WIDTH_SPACE}}`);
}

/**
 * One line of customer text for a table cell or a definition: whitespace collapsed; wrapped in
 * inline code when it contains wiki syntax; otherwise CamelCase words escaped with "!" so that
 * "MaxFileSize" or "McDonald" do not become links to missing wiki pages. "#123" stays a ticket link.
 */
export function wikiInline(value: string): string {
  const line = value.replace(/\s+/g, ' ').trim();
  if (line === '') return '';
  if (ACTIVE_SYNTAX.test(line)) {
    const code = breakTripleBraces(line);
    const edgeBefore = code.startsWith('{') ? ZERO_WIDTH_SPACE : '';
    const edgeAfter = code.endsWith('}') ? ZERO_WIDTH_SPACE : '';
    return `{{{${edgeBefore}${code}${edgeAfter}}}}`;
  }
  return line.replace(CAMEL_CASE, '$1!$2');
}

/**
 * A preformatted block showing text verbatim: logs, the customer's message. Lines that would
 * open or close the block are broken up, and a first line looking like a processor ("#!…")
 * is kept as text by naming the default processor.
 */
export function wikiCodeBlock(text: string): string {
  const body = breakTripleBraces(text.replace(/\r\n?/g, '\n').replace(/\n+$/, ''));
  const processorGuard = /^\s*#!/.test(body) ? '#!default\n' : '';
  return `{{{\n${processorGuard}${body}\n}}}`;
}

/** An external link with a label: [https://… label]. */
export function wikiLink(url: string, label: string): string {
  const safeUrl = url.trim().replace(/[\s\]]/g, (char) => encodeURIComponent(char));
  const safeLabel = label.replace(/[\]\n]/g, ' ').trim();
  return safeLabel === '' ? `[${safeUrl}]` : `[${safeUrl} ${safeLabel}]`;
}
