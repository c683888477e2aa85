import type { TermPlace } from './features';

/**
 * Reasons a person understands: the words that weighed, quoted with the words around them
 * ("…the checksum still running when…"), or what the text looks like in plain words ("a stack
 * trace"). Never a number, a unit or a filler word on its own.
 */

/** Reasons shown at most: more is noise. */
export const MAX_REASONS = 3;
/** Words quoted on each side of the telling ones. */
const AROUND = 2;

/** The structural cues of features.ts (their names are hashed into the model: never rename them). */
const CUE_WORDS: Record<string, string> = {
  'question mark in subject': 'a question mark in the subject',
  'question mark': 'a question mark',
  'several question marks': 'several question marks',
  'code block': 'a code block',
  'stack trace': 'a stack trace',
  'numbered steps': 'numbered steps',
};

/** Words that say nothing on their own: fillers, units, time zones, spelled numbers. */
const NOT_TELLING = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'from', 'have', 'i', 'if', 'in', 'is', 'it', 'me', 'my', 'of',
  'on', 'or', 'our', 'so', 'that', 'the', 'this', 'to', 'we', 'with', 'you', 'your', 'hi', 'hello', 'thanks', 'after', 'when',
  'there', 'was', 'has', 'can', 'do', 'not', 'no', 'all', 'any', 'been', 'will', 'would', 'should', 'could', 'what', 'which',
  'also', 'just', 'then', 'than', 'they', 'them', 'their', 'these', 'those', 'here', 'into', 'out', 'up', 'get', 'got', 'one',
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'first', 'second', 'bytes', 'byte', 'kb', 'mb', 'gb',
  'ms', 'sec', 'utc', 'gmt', 'cet', 'cest', 'pst', 'est', 'am', 'pm', 'www', 'http', 'https', 'com',
]);
const MIN_WORD = 3;

/** The reason for a feature, or '' when its words would puzzle the reader. */
export function phraseOf(place: TermPlace | null): string {
  if (!place) return '';
  if ('cue' in place) return CUE_WORDS[place.cue] ?? '';
  const { words, first, last } = place;
  const term = words.slice(first, last + 1);
  if (!term.some(isTellingWord)) return '';
  const from = Math.max(0, first - AROUND);
  const to = Math.min(words.length, last + 1 + AROUND);
  const quoted = `${from > 0 ? '…' : ''}${words.slice(from, to).join(' ')}${to < words.length ? '…' : ''}`;
  return place.field === 'title' ? `subject: "${quoted}"` : `"${quoted}"`;
}

export function isTellingWord(word: string): boolean {
  return word.length >= MIN_WORD && !NOT_TELLING.has(word.toLowerCase()) && !/\d/.test(word);
}

/** Does `place` share a word with one already quoted (a word pair and its own word, say)? */
export function overlaps(place: TermPlace | null, taken: TermPlace[]): boolean {
  if (!place || 'cue' in place) return false;
  return taken.some((other) => !('cue' in other) && other.part === place.part && other.first - AROUND <= place.last && place.first <= other.last + AROUND);
}

const SMALL_NUMBERS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** "four" rather than "4" in a sentence; digits from 13 on. */
export function countInWords(count: number): string {
  return SMALL_NUMBERS[count] ?? String(count);
}
