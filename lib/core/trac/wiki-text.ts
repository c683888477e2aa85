// Turning customer text into Trac wiki text that shows exactly what the customer wrote
// (checked against trac/wiki/formatter.py, parser.py and api.py of Trac 1.6).
/* eslint-disable no-control-regex -- Python splits lines and strips space at control characters (\x1c-\x1f), so these patterns must name them. */

const ZERO_WIDTH_SPACE = '\u200B';

/**
 * Where Trac starts a new line: it splits wiki text with Python's str.splitlines(), which breaks
 * at more characters than JavaScript's line terminators.
 */
export const TRAC_LINE_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/;
/** Whitespace for Python's str.isspace() and JavaScript's \s together (collapsed in one-line values). */
const ANY_SPACE = /[\s\x1c-\x1f\x85]+/g;

/**
 * A value shown as plain text only if every character is one of these: letters, digits, spaces,
 * symbols such as emoji, and punctuation no Trac rule starts with. Anything else (links, macros,
 * emphasis, tables, e-mail addresses, #123, scheme:target) is shown as inline code instead.
 */
const PLAIN_CHARS = /^[\p{L}\p{N}\p{So}\p{Sc} .,;:?"'()&+%\u2013\u2014-]*$/u;
/** Sequences of those characters that still mean something: italics, subscript, scheme:target, r123. */
const PLAIN_BUT_ACTIVE = /''|,,|:(?! |$)|(?<![\p{L}\p{N}_])r\d/u;

/** A run of what Python's re calls word characters (where a WikiPageName may start and end). */
const WORD = /[\p{L}\p{N}_]+/gu;
/** A WikiPageName filling a whole word: two or more capitalised parts ("MaxFileSize", "McDonald"). */
const WIKI_PAGE_NAME = /^(?:\p{Lu}\p{Ll}+){2,}$/u;

/**
 * Breaks every run of three or more braces, so that text can neither open nor close a block or
 * inline code: a zero-width space after each "{" that two more follow, before each "}" that two
 * precede. One pass each, so "}}}}}" cannot survive as "}}}" the way a replace of "}}}" let it.
 */
function breakBraceRuns(text: string): string {
  return text.replace(/\{(?=\{\{)/g, `{${ZERO_WIDTH_SPACE}`).replace(/(?<=\}\})\}/g, `${ZERO_WIDTH_SPACE}}`);
}

/**
 * One line of customer text for a table cell or a definition: whitespace (and every character
 * Trac would start a new line at) collapsed; wrapped in inline code unless it is plain words;
 * otherwise CamelCase words escaped with "!" so that "MaxFileSize" or "McDonald" do not become
 * links to missing wiki pages.
 */
export function wikiInline(value: string): string {
  const line = value.replace(ANY_SPACE, ' ').trim();
  if (line === '') return '';
  if (!PLAIN_CHARS.test(line) || PLAIN_BUT_ACTIVE.test(line)) {
    const code = breakBraceRuns(line);
    const edgeBefore = code.startsWith('{') ? ZERO_WIDTH_SPACE : '';
    const edgeAfter = code.endsWith('}') ? ZERO_WIDTH_SPACE : '';
    return `{{{${edgeBefore}${code}${edgeAfter}}}}`;
  }
  return line.replace(WORD, (word) => (WIKI_PAGE_NAME.test(word) ? `!${word}` : word));
}

/**
 * A preformatted block showing text verbatim: logs, the customer's message. Brace runs are
 * broken so no line can open or close a block, and a first line that Trac would read as a
 * processor ("#!…") is kept as text by naming the default processor.
 */
export function wikiCodeBlock(text: string): string {
  const body = breakBraceRuns(text.replace(/\r\n?/g, '\n').replace(/(?<!\n)\n+$/, ''));
  const firstLine = body.split(TRAC_LINE_BREAK, 1)[0] ?? '';
  const processorGuard = /^[\s\x1c-\x1f\x85]*#!/.test(firstLine) ? '#!default\n' : '';
  return `{{{\n${processorGuard}${body}\n}}}`;
}

/** An external link with a label: [https://… label]. */
export function wikiLink(url: string, label: string): string {
  const safeUrl = url.trim().replace(/[\s\]\x1c-\x1f\x85]/g, (char) => encodeURIComponent(char));
  const safeLabel = label.replace(/[\]\s\x1c-\x1f\x85]/g, ' ').trim();
  return safeLabel === '' ? `[${safeUrl}]` : `[${safeUrl} ${safeLabel}]`;
}
