// Text helpers shared by the finders: drop quoted history, look at the clause around a match,
// and quote the customer's line as evidence.

import { isTranscriptLine } from './log-lines';

/** Where the customer's own text stops and quoted history (often staff text) begins. */
const QUOTE_HEADERS: readonly RegExp[] = [
  /^(?:On|Am|Le|El|Il|Op|Em)\s[^\n]{0,300}?(?:\n[^\n]{0,200}?)?(?:(?:wrote|a écrit|escribió|ha scritto|schreef|escreveu)\s?:|schrieb\b[^\n]{0,200}?:)[ \t]*$/m,
  /^-{2,}\s*(?:Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original)\s*-{2,}/im,
  /^From:[^\n]*\n(?:[^\n]*\n){0,2}?(?:Sent|Date|Gesendet|Envoyé):/m,
  /^_{20,}\s*$/m,
];

/**
 * The customer's own words: quoted replies ("> …" lines, "On … wrote:" history, Outlook
 * "-----Original Message-----") are removed because they usually repeat staff text.
 */
export function ownWords(text: string): string {
  let own = text.replace(/\r\n?/g, '\n');
  for (const header of QUOTE_HEADERS) {
    const match = header.exec(own);
    if (match) own = own.slice(0, match.index);
  }
  // Most mail has no "> " line at all: no need to look at each line.
  if (!own.includes('>')) return own;
  return own
    .split('\n')
    .filter((line) => !/^\s*>/.test(line) || isTranscriptLine(line))
    .join('\n');
}

const LOOK_AROUND = 160;
const SENTENCE_END = /[!?;\n]|\.(?=\s|$)/g;
const CLAUSE_END = /[!?;,\n]|\.(?=\s|$)|\bbut\b/g;

/** The text around a match, up to the nearest boundaries on either side. */
export interface Surroundings {
  before: string;
  after: string;
  /** before + the match + after. */
  whole: string;
}

/** The sentence holding [start, end): bounded by . ! ? ; or a line break (not the dot of "4.2"). */
export function sentenceAround(text: string, start: number, end: number): Surroundings {
  return boundedAround(text, start, end, SENTENCE_END);
}

/** The clause holding [start, end): the sentence also split at commas and "but". */
export function clauseAround(text: string, start: number, end: number): Surroundings {
  return boundedAround(text, start, end, CLAUSE_END);
}

function boundedAround(text: string, start: number, end: number, boundary: RegExp): Surroundings {
  const windowBefore = text.slice(Math.max(0, start - LOOK_AROUND), start);
  let cut = 0;
  for (const match of windowBefore.matchAll(boundary)) cut = match.index + match[0].length;
  const windowAfter = text.slice(end, end + LOOK_AROUND);
  const next = new RegExp(boundary.source, 'g').exec(windowAfter);
  // Keep a closing "?" so callers can tell a question.
  const stop = next ? next.index + (next[0] === '?' ? 1 : 0) : windowAfter.length;
  const before = windowBefore.slice(cut);
  const after = windowAfter.slice(0, stop);
  return { before, after, whole: before + text.slice(start, end) + after };
}

/** The line holding a match, trimmed and shortened around it, to show as evidence. */
export function evidenceLine(text: string, start: number, end: number, maxLength = 160): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  const lineEnd = newline < 0 ? text.length : newline;
  const line = text.slice(lineStart, lineEnd);
  if (line.length <= maxLength) return line.trim();
  const center = Math.floor((start + end) / 2) - lineStart;
  const from = Math.max(0, Math.min(line.length - maxLength, center - Math.floor(maxLength / 2)));
  const head = from > 0 ? '…' : '';
  const tail = from + maxLength < line.length ? '…' : '';
  return (head + line.slice(from, from + maxLength).trim() + tail).trim();
}

/** All matches of a global pattern, capped so a hostile 1 MB body stays fast. */
export function matchesOf(pattern: RegExp, text: string, cap = 500): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  const global = pattern.global ? pattern : new RegExp(pattern.source, pattern.flags + 'g');
  global.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = global.exec(text)) !== null && matches.length < cap) {
    matches.push(match);
    if (match[0] === '') global.lastIndex++;
  }
  return matches;
}
