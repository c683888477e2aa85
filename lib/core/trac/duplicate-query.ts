import { cleanSubject } from '../mail-text/clean-subject';
import type { TracTicketRow } from './ticket-csv';

/** Words that say nothing about which defect it is. */
const STOP_WORDS = new Set(
  `a about after again all also am an and any are as at be because been before but by can cannot cant
  could did do does doesnt dont during error errors for from get gets getting had has have help how
  i if in into is issue issues it its not now of on or our please problem problems question since so
  some still support than that the their then there this to too under urgent us was we were what when
  where which while why will with without work works working would you your`.split(/\s+/),
);

/**
 * 2–4 words of a subject that best tell its defect apart: error codes and product terms
 * ("550", "MaxFileSize") first, then the longest words, kept in subject order.
 */
export function distinctiveWords(subject: string): string[] {
  const words = cleanSubject(subject)
    .split(/[^\p{L}\p{N}_]+/u)
    .filter((word) => word.length >= 3 && !STOP_WORDS.has(word.toLowerCase().replace(/'/g, '')));
  const unique = words.filter((word, index) => words.findIndex((other) => other.toLowerCase() === word.toLowerCase()) === index);
  const score = (word: string): number =>
    (/^\d{3,}$/.test(word) ? 8 : 0) + (/\p{Ll}\p{Lu}|^\p{Lu}{2,}/u.test(word) ? 4 : 0) + Math.min(word.length, 12);
  const chosen = new Set([...unique].sort((a, b) => score(b) - score(a)).slice(0, 4));
  return unique.filter((word) => chosen.has(word));
}

/**
 * Open tickets whose summary contains any of the subject's distinctive words, as CSV. Trac ORs
 * repeated values of one field; rankDuplicates then puts the tickets sharing most words first.
 */
export function duplicateQueryUrl(baseUrl: string, subject: string): string {
  const query = new URLSearchParams([['format', 'csv'], ['status', '!closed']]);
  for (const word of distinctiveWords(subject)) query.append('summary', `~${word}`);
  for (const column of ['id', 'summary', 'status', 'type', 'priority', 'owner', 'component']) query.append('col', column);
  query.append('order', 'id');
  query.append('desc', '1');
  query.append('max', '50');
  return `${baseUrl.trim().replace(/(?<!\/)\/+$/, '')}/query?${query.toString()}`;
}

/** Candidate duplicates sharing at least `minShared` words with the subject, most shared first. */
export function rankDuplicates(tickets: readonly TracTicketRow[], subject: string, minShared = 2): TracTicketRow[] {
  const words = distinctiveWords(subject).map((word) => word.toLowerCase());
  const needed = Math.min(minShared, words.length);
  const shared = (ticket: TracTicketRow): number => words.filter((word) => ticket.summary.toLowerCase().includes(word)).length;
  return tickets
    .map((ticket) => ({ ticket, shared: shared(ticket) }))
    .filter((entry) => entry.shared >= needed && entry.shared > 0)
    .sort((a, b) => b.shared - a.shared || b.ticket.id - a.ticket.id)
    .map((entry) => entry.ticket);
}
