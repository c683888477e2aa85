import type { SupportCase } from '../../model/case';

/** Index words per case are capped so a pathological subject cannot bloat the database. */
const MAX_WORDS = 48;

/** Lower-case words without accents ("Müller" is found by "muller"), two characters or more. */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 2);
}

type Searchable = Pick<SupportCase, 'subject' | 'customer' | 'owner' | 'tickets'>;

/**
 * The words a case is found by: subject, customer name, address and organisation, owner and
 * Trac ticket numbers. Not the notes: they can be long, and the index is for finding a case.
 */
export function searchWords(c: Searchable): string[] {
  const text = [c.subject, c.customer.name, c.customer.email, c.customer.organisation, c.owner ?? '', ...c.tickets.map((t) => String(t.number))].join(' ');
  return [...new Set(words(text))].slice(0, MAX_WORDS);
}

/** Every word of the query starts some word of the case ("exam corp" finds "Example Corp"). */
export function matchesSearch(c: Searchable, query: string): boolean {
  const wanted = words(query);
  if (wanted.length === 0) return true;
  const own = searchWords(c);
  return wanted.every((word) => own.some((candidate) => candidate.startsWith(word)));
}
