import type { SupportCase } from '../../model/case';

/**
 * A link that opens a team case's conversation in whichever Gmail mailbox clicks it (issue #12):
 * each member's copy has its own thread id, but Gmail's search finds the conversation by its
 * subject and customer in every mailbox that received it. Used for colleagues' cases on the
 * dashboard and for the link back from a Trac ticket.
 */
export function mailboxSearchUrl(c: Pick<SupportCase, 'subject' | 'customer'>): string {
  const subject = c.subject.replace(/"/g, ' ').trim().slice(0, 200);
  const from = c.customer.email ? ` from:${c.customer.email}` : '';
  return `https://mail.google.com/mail/#search/${encodeURIComponent(`subject:"${subject}"${from}`)}`;
}

/**
 * Whether a case row links to its conversation by that search: the thread it names is a
 * colleague's (the team's projection put the search in its place), not this mailbox's own.
 */
export function linksBySearch(c: Pick<SupportCase, 'subject' | 'customer' | 'threadUrl'>): boolean {
  return c.threadUrl === mailboxSearchUrl(c);
}
