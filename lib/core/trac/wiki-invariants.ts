// What must hold for wiki text built from customer text, written from Trac 1.6's rules and
// independent of how wiki-text.ts gets there (the fuzz tests check every output against it).
import { TRAC_LINE_BREAK } from './wiki-text';

/** Python's whitespace (str.strip, re's \s), a little wider than JavaScript's \s. */
const PY_SPACE = String.raw`\s\x1c-\x1f\x85`;
// The look-behind starts a trailing run only once, so a long run of spaces stays linear.
const PY_STRIP = new RegExp(`^[${PY_SPACE}]+|(?<![${PY_SPACE}])[${PY_SPACE}]+$`, 'g');
const STARTS_BLOCK = new RegExp(`^[${PY_SPACE}]*\\{\\{\\{`);
const PROCESSOR_LINE = new RegExp(`^[${PY_SPACE}]*#!`);

/** Characters that start some wiki rule outside inline code. */
const RULE_CHARS = /[[\]{}<>|!`^~_*/\\=#@]|''|,,|:(?! |$)|(?<![\p{L}\p{N}_])r\d/u;

/** Problems with one inline value (a table cell): empty list when Trac shows it verbatim. */
export function inlineProblems(wiki: string): string[] {
  const problems: string[] = [];
  if (TRAC_LINE_BREAK.test(wiki)) problems.push('a line break (Python splitlines) inside the value');
  if (wiki.startsWith('{{{')) {
    const inner = wiki.slice(3, -3);
    if (!wiki.endsWith('}}}') || wiki.length < 6) problems.push('inline code not closed at the end');
    if (inner.includes('}}}')) problems.push('"}}}" inside inline code closes it early');
    if (inner.endsWith('}')) problems.push('inline code ends with "}" (closes one brace early)');
    return problems;
  }
  // Plain text: "!" may only escape a WikiPageName.
  const unescaped = wiki.replace(/!(?=(?:\p{Lu}\p{Ll}+){2,}(?![\p{L}\p{N}_]))/gu, '');
  if (RULE_CHARS.test(unescaped)) problems.push('wiki syntax in plain text');
  for (const match of wiki.matchAll(/[\p{L}\p{N}_]+/gu)) {
    if (/^(?:\p{Lu}\p{Ll}+){2,}$/u.test(match[0]) && wiki[match.index - 1] !== '!') problems.push(`unescaped WikiPageName ${match[0]}`);
  }
  return problems;
}

/** Problems with a {{{ … }}} block: empty list when its body cannot end it or run a processor. */
export function codeBlockProblems(wiki: string): string[] {
  const lines = wiki.split(TRAC_LINE_BREAK);
  const problems: string[] = [];
  if (lines[0] !== '{{{' || lines[lines.length - 1] !== '}}}' || lines.length < 2) problems.push('not one {{{ … }}} block');
  const body = lines.slice(1, -1);
  body.forEach((line, index) => {
    if (line.replace(PY_STRIP, '') === '}}}') problems.push(`line ${index + 1} closes the block`);
    if (STARTS_BLOCK.test(line)) problems.push(`line ${index + 1} opens a nested block`);
    if (line.includes('}}}') || line.includes('{{{')) problems.push(`line ${index + 1} has a triple brace`);
  });
  const first = body[0];
  if (first !== undefined && PROCESSOR_LINE.test(first) && first !== '#!default') problems.push('the first line names a processor');
  return problems;
}
