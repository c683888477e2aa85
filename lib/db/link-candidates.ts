import { SupportCase } from '../model/case';
import type { Host } from '../model/thread';
import { queryWords, words } from '../core/case/case-search';
import { parseCaseRows } from './case-row';
import type { CasebookDb } from './database';

export interface LinkCandidate {
  caseId: string;
  subject: string;
  host: Host | null;
}

/** "Re: Fwd: SFTP uploads fail" and "SFTP uploads fail" are one conversation. */
export function conversationSubject(subject: string): string {
  return words(subject.replace(/^(\s{0,3}(re|fwd?|aw|wg|sv|tr|antw)\s{0,3}(\[\d+\])?\s{0,3}:)+/i, '')).join(' ');
}

const MAX_CANDIDATES = 5;

/**
 * Cases on the other host (or phone cases) that look like the same conversation: same subject
 * once reply prefixes are gone, and the same customer when both know one. Offered for linking
 * a Gmail case with its Google Groups twin; already linked cases are left out.
 */
export async function findLinkCandidates(db: CasebookDb, c: SupportCase): Promise<LinkCandidate[]> {
  const subject = conversationSubject(c.subject);
  const indexed = queryWords(subject);
  if (indexed.length === 0) return [];
  // The longest word is the likeliest to be rare: fewest rows to read.
  const rarest = indexed.reduce((a, b) => (b.length > a.length ? b : a));
  const { rows } = parseCaseRows(await db.cases.where('searchWords').equals(rarest).toArray());
  return rows
    .filter((other) => other.id !== c.id && other.host !== c.host && !c.linkedCaseIds.includes(other.id))
    .filter((other) => conversationSubject(other.subject) === subject)
    .filter((other) => other.customer.email === '' || c.customer.email === '' || other.customer.email === c.customer.email)
    .slice(0, MAX_CANDIDATES)
    .map((other) => ({ caseId: other.id, subject: other.subject, host: other.host }));
}
