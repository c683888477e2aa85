// The template language, kept small: {{path.to.var}} and {{#if var}}…{{else}}…{{/if}}
// ({{#unless var}} is the negation). Nothing else is syntax: other {{…}} text stays as written.

export type TemplateNode =
  | { kind: 'text'; text: string }
  | { kind: 'variable'; name: string; raw: string }
  | { kind: 'section'; name: string; negated: boolean; then: TemplateNode[]; otherwise: TemplateNode[] };

export interface ParsedTemplate {
  nodes: TemplateNode[];
  /** Unbalanced {{#if}} / {{else}} / {{/if}}, in plain words for the template editor. */
  errors: string[];
  /** Limits broken (sections nested too deep): such a template is not rendered at all. */
  limits: string[];
}

/** {{#if}} / {{#unless}} sections inside one another (see template-limits.ts). */
export const MAX_NESTING = 16;

const NAME = String.raw`[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*`;
// Not part of a triple brace: Trac's {{{ code blocks }}} pass through untouched.
const TAG = new RegExp(String.raw`(?<!\{)\{\{\s*(?:(#if|#unless)\s+(${NAME})|(else)|(/if|/unless)|(${NAME}))\s*\}\}(?!\})`, 'g');

type Token =
  | { kind: 'text'; text: string }
  | { kind: 'variable'; name: string; raw: string }
  | { kind: 'open'; name: string; negated: boolean; raw: string }
  | { kind: 'else'; raw: string }
  | { kind: 'close'; negated: boolean; raw: string };

export function parseTemplate(body: string): ParsedTemplate {
  const tokens = dropStandaloneLines(tokenize(body));
  const errors: string[] = [];
  const limits: string[] = [];
  // Sections opened beyond MAX_NESTING are not built, only counted, so their closing tags still pair.
  let ignoredOpen = 0;
  const root: TemplateNode[] = [];
  const open: { section: Extract<TemplateNode, { kind: 'section' }>; inElse: boolean }[] = [];
  const target = (): TemplateNode[] => {
    const top = open[open.length - 1];
    return top ? (top.inElse ? top.section.otherwise : top.section.then) : root;
  };
  for (const token of tokens) {
    const top = open[open.length - 1];
    if (token.kind === 'text' || token.kind === 'variable') target().push(token);
    else if (token.kind === 'open' && (ignoredOpen > 0 || open.length >= MAX_NESTING)) {
      if (ignoredOpen === 0 && limits.length === 0) limits.push(`Sections are nested more than ${MAX_NESTING} deep (at ${token.raw}).`);
      ignoredOpen++;
    } else if (ignoredOpen > 0 && (token.kind === 'close' || token.kind === 'else')) {
      if (token.kind === 'close') ignoredOpen--;
    } else if (token.kind === 'open') {
      const section = { kind: 'section' as const, name: token.name, negated: token.negated, then: [], otherwise: [] };
      target().push(section);
      open.push({ section, inElse: false });
    } else if (top && token.kind === 'else' && !top.inElse) top.inElse = true;
    else if (top && token.kind === 'close' && top.section.negated === token.negated) open.pop();
    else {
      errors.push(`${token.raw} has no matching ${token.kind === 'else' ? '{{#if …}}' : 'opening tag'}`);
      target().push({ kind: 'text', text: token.raw });
    }
  }
  for (const { section } of open.reverse()) {
    errors.push(`{{#${section.negated ? 'unless' : 'if'} ${section.name}}} is never closed with {{/${section.negated ? 'unless' : 'if'}}}`);
  }
  return { nodes: root, errors, limits };
}

function tokenize(body: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const match of body.matchAll(TAG)) {
    if (match.index > last) tokens.push({ kind: 'text', text: body.slice(last, match.index) });
    const [raw, opener, openName, otherwise, closer, variable] = match;
    if (opener && openName) tokens.push({ kind: 'open', name: openName, negated: opener === '#unless', raw });
    else if (otherwise) tokens.push({ kind: 'else', raw });
    else if (closer) tokens.push({ kind: 'close', negated: closer === '/unless', raw });
    else tokens.push({ kind: 'variable', name: variable ?? '', raw });
    last = match.index + raw.length;
  }
  if (last < body.length) tokens.push({ kind: 'text', text: body.slice(last) });
  return tokens;
}

/** A block tag alone on its line takes the line with it, so templates can be written readably. */
function dropStandaloneLines(tokens: Token[]): Token[] {
  tokens.forEach((token, index) => {
    if (token.kind !== 'open' && token.kind !== 'else' && token.kind !== 'close') return;
    const before = tokens[index - 1];
    const after = tokens[index + 1];
    const lineStartsHere = before === undefined || (before.kind === 'text' && /(?:^|\n)[ \t]*$/.test(before.text));
    const lineEndsHere = after === undefined || (after.kind === 'text' && /^[ \t]*(?:\r?\n|$)/.test(after.text));
    if (before !== undefined && before.kind !== 'text') return;
    if (after !== undefined && after.kind !== 'text') return;
    if (!lineStartsHere || !lineEndsHere) return;
    // The look-behind starts the trailing run once: "[ \t]*$" alone rescanned a long line of spaces from each one.
    if (before?.kind === 'text') before.text = before.text.replace(/(?<![ \t])[ \t]*$/, '');
    if (after?.kind === 'text') after.text = after.text.replace(/^[ \t]*(?:\r?\n)?/, '');
  });
  return tokens;
}
