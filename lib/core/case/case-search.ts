import type { SupportCase } from '../../model/case';

/** Index words per case are capped so a pathological subject cannot bloat the database. */
const MAX_WORDS = 32;

/** Words nearly every case has (reply prefixes, mail domains' endings): indexing them only costs space. */
const STOP_WORDS = new Set(['re', 'fw', 'fwd', 'aw', 'com', 'org', 'net', 'co', 'uk', 'de', 'io', 'the', 'and', 'for', 'of', 'to', 'in', 'on', 'is', 'it']);

/** Lower-case words without accents ("Müller" is found by "muller"), two characters or more. */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 2);
}

type Searchable = Pick<SupportCase, 'subject' | 'customer' | 'tickets'>;

/**
 * The words a case is found by: subject, customer name, address and organisation, and Trac
 * ticket numbers. Not the notes (long) nor the owner (the "mine" filter finds those), so the
 * word index stays small.
 */
export function searchWords(c: Searchable): string[] {
  const text = [c.subject, c.customer.name, c.customer.email, c.customer.organisation, ...c.tickets.map((t) => String(t.number))].join(' ');
  return [...new Set(words(text))].filter((word) => !STOP_WORDS.has(word)).slice(0, MAX_WORDS);
}

/** The words of a search query that can match: stop words are not indexed, so they are ignored. */
export function queryWords(query: string): string[] {
  return words(query).filter((word) => !STOP_WORDS.has(word));
}

/** Every wanted word starts one of the case's words (the database checks its stored words with this). */
export function wordsMatch(own: readonly string[], wanted: readonly string[]): boolean {
  return wanted.every((word) => own.some((candidate) => candidate.startsWith(word)));
}

/** Every word of the query starts some word of the case ("exam corp" finds "Example Corp"). */
export function matchesSearch(c: Searchable, query: string): boolean {
  const wanted = queryWords(query);
  return wanted.length === 0 || wordsMatch(searchWords(c), wanted);
}
