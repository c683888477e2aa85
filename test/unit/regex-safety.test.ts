import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../lib/core/seeded-random';

// Every regex in lib/ and components/ must run in linear time on any input (DESIGN.md, threat
// model): mail is the attacker's, and one slow regex in the background stalls every tab. The
// regexes are found with the TypeScript parser, so a new one is covered without a list to keep.
// Each runs on long repetitive strings made of its own characters (and line separators), with
// and without a character it does not expect at the end, to make a backtracking engine retry.

const root = join(import.meta.dirname, '../..');

interface FoundRegex {
  where: string;
  source: string;
  flags: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The string value of an expression built from constants of the same file, or null. */
function constantString(node: ts.Expression, consts: ReadonlyMap<string, ts.Expression>, depth = 0): string | null {
  if (depth > 20) return null;
  const again = (inner: ts.Expression): string | null => constantString(inner, consts, depth + 1);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node)) return again(node.expression);
  if (ts.isIdentifier(node)) {
    const init = consts.get(node.text);
    return init ? again(init) : null;
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = again(node.left);
    const right = again(node.right);
    return left === null || right === null ? null : left + right;
  }
  if (ts.isTemplateExpression(node)) return templateString(node, false, again);
  if (ts.isTaggedTemplateExpression(node) && node.tag.getText() === 'String.raw') {
    const template = node.template;
    if (ts.isNoSubstitutionTemplateLiteral(template)) return template.rawText ?? template.text;
    return templateString(template, true, again);
  }
  // [...].join('|')
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'join') {
    const list = node.expression.expression;
    const separatorNode = node.arguments[0];
    const separator = separatorNode ? again(separatorNode) : ',';
    if (!ts.isArrayLiteralExpression(list) || separator === null) return null;
    const parts = list.elements.map((element) => again(element));
    return parts.every((part) => part !== null) ? parts.join(separator) : null;
  }
  return null;
}

function templateString(node: ts.TemplateExpression, raw: boolean, evaluate: (node: ts.Expression) => string | null): string | null {
  let text = raw ? (node.head.rawText ?? '') : node.head.text;
  for (const span of node.templateSpans) {
    const value = evaluate(span.expression);
    if (value === null) return null;
    text += value + (raw ? (span.literal.rawText ?? '') : span.literal.text);
  }
  return text;
}

function findRegexes(): { found: FoundRegex[]; dynamic: string[] } {
  const found: FoundRegex[] = [];
  const dynamic: string[] = [];
  for (const file of ['lib', 'components'].flatMap((dir) => sourceFiles(join(root, dir)))) {
    const text = readFileSync(file, 'utf8');
    const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const consts = new Map<string, ts.Expression>();
    const collectConsts = (node: ts.Node): void => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) consts.set(node.name.text, node.initializer);
      ts.forEachChild(node, collectConsts);
    };
    collectConsts(sourceFile);
    const visit = (node: ts.Node): void => {
      const where = () => `${relative(root, file)}:${sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText();
        const slash = literal.lastIndexOf('/');
        found.push({ where: where(), source: literal.slice(1, slash), flags: literal.slice(slash + 1) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const [patternNode, flagsNode] = node.arguments ?? [];
        const source = patternNode ? constantString(patternNode, consts) : null;
        const flags = flagsNode ? constantString(flagsNode, consts) : '';
        if (source === null || flags === null) dynamic.push(where());
        else found.push({ where: where(), source, flags });
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return { found, dynamic };
}

const SEPARATORS = ['\u2028', '\u2029', '\r', '\n', ' ', '\t', '\r\n'];
const CLASS_MEMBERS: Readonly<Record<string, string[]>> = {
  d: ['1'], D: ['a'], w: ['a', '_'], W: ['-'], s: [' ', '\u2028'], S: ['a'],
};
const PROPERTY_MEMBERS: Readonly<Record<string, string[]>> = { Lu: ['A', 'V'], Ll: ['a'], L: ['a', 'A'], N: ['1'], Nd: ['1'] };

/** Characters and literal words a regex reacts to: the pieces its hostile inputs are built from. */
function alphabetOf(source: string): { chars: string[]; words: string[] } {
  const chars = new Set<string>();
  const words: string[] = [];
  let word = '';
  const endWord = (): void => {
    if (word.length >= 2 && words.length < 10) words.push(word);
    word = '';
  };
  const escaped = (at: number): { chars: string[]; length: number } => {
    const next = source[at + 1] ?? '';
    if (CLASS_MEMBERS[next]) return { chars: CLASS_MEMBERS[next], length: 2 };
    if (next === 'p' || next === 'P') {
      const close = source.indexOf('}', at);
      const name = source.slice(at + 3, close).replace(/^.*=/, '');
      return { chars: next === 'P' ? ['-'] : (PROPERTY_MEMBERS[name] ?? ['a']), length: close - at + 1 };
    }
    if (next === 'u' && source[at + 2] === '{') {
      const close = source.indexOf('}', at);
      return { chars: [String.fromCodePoint(parseInt(source.slice(at + 3, close), 16))], length: close - at + 1 };
    }
    if (next === 'u') return { chars: [String.fromCharCode(parseInt(source.slice(at + 2, at + 6), 16))], length: 6 };
    if (next === 'x') return { chars: [String.fromCharCode(parseInt(source.slice(at + 2, at + 4), 16))], length: 4 };
    if (next === 'k') return { chars: [], length: source.indexOf('>', at) - at + 1 };
    const controls: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };
    if (controls[next]) return { chars: [controls[next]], length: 2 };
    if (/[bB1-9]/.test(next)) return { chars: [], length: 2 };
    return { chars: [next], length: 2 };
  };
  for (let at = 0; at < source.length; ) {
    const char = source[at] ?? '';
    if (char === '\\') {
      const { chars: members, length } = escaped(at);
      members.forEach((member) => chars.add(member));
      if (members.length === 1 && /[^\w\s]/.test(members[0] ?? '')) word += members[0];
      else endWord();
      at += length;
    } else if (char === '[') {
      endWord();
      let end = at + 1;
      if (source[end] === '^') end++;
      const negated = end > at + 1;
      let taken = 0;
      for (; end < source.length && source[end] !== ']'; ) {
        if (source[end] === '\\') {
          const { chars: members, length } = escaped(end);
          if (!negated && taken++ < 4) members.forEach((member) => chars.add(member));
          end += length;
        } else {
          if (!negated && taken++ < 4 && source[end] !== '-') chars.add(source[end] ?? '');
          end++;
        }
      }
      if (negated) chars.add('a');
      at = end + 1;
    } else if (char === '(' && source[at + 1] === '?') {
      endWord();
      const named = /^\(\?<(?![=!])[^>]*>/.exec(source.slice(at));
      at += named ? named[0].length : source[at + 2] === '<' ? 4 : 3;
    } else if (char === '{' && /^\{\d+(,\d*)?\}/.test(source.slice(at))) {
      endWord();
      at = source.indexOf('}', at) + 1;
    } else if ('^$|()*+?'.includes(char)) {
      endWord();
      at++;
    } else if (char === '.') {
      endWord();
      chars.add('a');
      at++;
    } else {
      chars.add(char);
      word += char;
      at++;
    }
  }
  endWord();
  return { chars: [...chars].filter((char) => char !== ''), words };
}

/** Short strings whose repetition makes the inputs: single characters, words, pairs and triples. */
function unitsFor(source: string): string[] {
  const { chars, words } = alphabetOf(source);
  const pieces = [...new Set([...chars, ...SEPARATORS])];
  const random = mulberry32(source.length * 7919 + (source.charCodeAt(0) || 0));
  const pick = (): string => pieces[Math.floor(random() * pieces.length)] ?? ' ';
  const units = new Set<string>([...pieces, ...words, ...words.map((word) => `${word} `), ...words.map((word) => `${word}\n`)]);
  // Adjacent pairs of the regex's own characters (e.g. "Aa"), and random pairs and triples.
  for (const char of chars.slice(0, 12)) {
    for (const other of [...chars.slice(0, 12), ' ', '\n']) if (other !== char) units.add(char + other);
  }
  for (let i = 0; i < 24; i++) units.add(pick() + pick());
  for (let i = 0; i < 12; i++) units.add(pick() + pick() + pick());
  return [...units];
}

/** Lengths: fine-grained while short (an exponential blow-up shows by 50 characters), then long. */
const LENGTHS = [8, 10, 12, 14, 16, 19, 22, 25, 28, 32, 36, 40, 45, 50, 60, 80, 120, 250, 1_000, 4_000, 16_000, 50_000];
const SUFFIX = '\u0001';
/** ms allowed for one run: 50 ms at 50,000 characters, proportionally less, never under 5 ms. */
const budgetMs = (length: number): number => Math.max(5, (50 * length) / 50_000);

function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

function runOnce(regex: RegExp, input: string): number {
  const started = performance.now();
  if (regex.global || regex.sticky) {
    regex.lastIndex = 0;
    input.replace(regex, '');
  } else regex.exec(input);
  return performance.now() - started;
}

/** The fastest of a few runs, so that a busy machine does not fail a linear regex. */
function timeOf(regex: RegExp, input: string): number {
  let best = runOnce(regex, input);
  for (let i = 0; i < 2 && best > budgetMs(input.length); i++) best = Math.min(best, runOnce(regex, input));
  return best;
}

/** Pieces that follow one of the regex's words in a long run ("version" + 16,000 spaces). */
function runsAfterWords(source: string): { word: string; piece: string }[] {
  const { chars, words } = alphabetOf(source);
  const pieces = [...new Set([' ', '\n', '\t', '\u2028', ...chars.filter((char) => !/[A-Za-z]/.test(char)).slice(0, 6), 'a', '1'])];
  return words.flatMap((word) => pieces.map((piece) => ({ word, piece })));
}

/** The first input a regex takes too long on, or null. */
function slowInput(source: string, flags: string): { length: number; unit: string; suffix: boolean; ms: number } | null {
  const regex = new RegExp(source, flags);
  for (const unit of unitsFor(source)) {
    for (const suffix of [false, true]) {
      for (const length of LENGTHS) {
        const input = repeatTo(unit, length) + (suffix ? SUFFIX : '');
        const ms = timeOf(regex, input);
        if (ms > budgetMs(length)) return { length, unit, suffix, ms: Math.round(ms) };
      }
    }
  }
  for (const { word, piece } of runsAfterWords(source)) {
    for (const length of [1_000, 16_000]) {
      const input = word + repeatTo(piece, length) + SUFFIX;
      const ms = timeOf(regex, input);
      if (ms > budgetMs(length)) return { length, unit: `${word} then ${piece}`, suffix: true, ms: Math.round(ms) };
    }
  }
  return null;
}

const { found, dynamic } = findRegexes();

describe('regex safety', () => {
  it('finds the codebase regexes (literals and new RegExp of constants)', () => {
    expect(found.length).toBeGreaterThan(100);
    // Built at run time from a value (e.g. an escaped search word): nothing to run here.
    expect(dynamic.length).toBeLessThan(10);
  });

  it('reads a regex alphabet: literal characters, class members, words', () => {
    const { chars, words } = alphabetOf(String.raw`(\p{Lu}\p{Ll}+)[xy]\s+version:`);
    expect(chars).toEqual(expect.arrayContaining(['A', 'a', 'x', 'y', ' ', 'v', ':']));
    expect(words).toEqual(['version:']);
  });

  it('catches super-linear regexes (the check itself works)', () => {
    expect(slowInput(String.raw`^(a+)+$`, '')).not.toBeNull();
    expect(slowInput(String.raw`[ \t]*$`, '')).not.toBeNull();
    // ^\s* in multiline mode rescans a run of blank lines from each line start: quadratic.
    expect(slowInput(String.raw`^\s*x`, 'm')).not.toBeNull();
    expect(slowInput(String.raw`^[ \t]*x`, 'm')).toBeNull();
    // Open runs in a row after a word: caught by the word-then-run inputs.
    expect(slowInput(String.raw`version\s*:?\s*\d`, 'i')).not.toBeNull();
  });

  it.each(found.map((regex) => [regex.where, regex] as const))('%s runs in linear time', (_where, regex) => {
    expect(slowInput(regex.source, regex.flags), `/${regex.source}/${regex.flags}`).toBeNull();
  });
});
