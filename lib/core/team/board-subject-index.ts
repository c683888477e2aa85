import { conversationSubject } from '../mail-text/clean-subject';

/** What the index needs of a board entry (lib/team/board-doc BoardEntry). */
export interface IndexedEntry {
  closed: boolean;
  subject: string;
  customerEmail: string;
}

/** A row of a mailbox's list (lib/model/messages `list.rowsSeen`). */
export interface ListRowSeen {
  threadId: string;
  subject: string;
  lastSenderEmail: string | null;
}

/** The board caps subjects at 200 characters (board-doc SUBJECT_CAP): both sides are compared so. */
const SUBJECT_CAP = 200;

const subjectKey = (subject: string): string => conversationSubject(subject.slice(0, SUBJECT_CAP));

/**
 * The team's open cases by cleaned subject, so a mailbox's list can show the chip of a team case
 * this member never opened: their mailbox's thread id is in no case document yet, but the list
 * row shows the subject and the last sender. Kept up to date entry by entry as the board changes
 * (a board holds thousands of entries; the list asks on every render).
 */
export class BoardSubjectIndex {
  readonly #bySubject = new Map<string, Map<string, string>>();
  readonly #subjectOf = new Map<string, string>();

  /** Records the entry of `key` (null: gone from the board); closed cases are not listed. */
  set(key: string, entry: IndexedEntry | null): void {
    const before = this.#subjectOf.get(key);
    if (before !== undefined) {
      const bucket = this.#bySubject.get(before);
      bucket?.delete(key);
      if (bucket?.size === 0) this.#bySubject.delete(before);
      this.#subjectOf.delete(key);
    }
    if (!entry || entry.closed) return;
    const subject = subjectKey(entry.subject);
    if (subject === '') return;
    let bucket = this.#bySubject.get(subject);
    if (!bucket) this.#bySubject.set(subject, (bucket = new Map()));
    bucket.set(key, entry.customerEmail.toLowerCase());
    this.#subjectOf.set(key, subject);
  }

  get size(): number {
    return this.#subjectOf.size;
  }

  /**
   * The team case a list row shows, when exactly one open case fits: same cleaned subject, and
   * the last sender is that case's customer, or staff (`staff`: this mailbox and the team's
   * members, lower-cased: one of them answered last). A customer who writes with another case's
   * subject gets no chip of that case, and two open cases that fit equally give none: a wrong
   * chip is worse than a missing one.
   */
  match(row: ListRowSeen, staff: ReadonlySet<string>): string | null {
    const bucket = this.#bySubject.get(subjectKey(row.subject));
    if (!bucket) return null;
    const sender = row.lastSenderEmail?.trim().toLowerCase() ?? null;
    const own = sender === null || staff.has(sender);
    let found: string | null = null;
    for (const [key, customer] of bucket) {
      if (!own && customer !== sender) continue;
      if (found !== null) return null;
      found = key;
    }
    return found;
  }
}
