import { mailboxSearchUrl } from '../core/case/mailbox-search-url';
import { newCase } from '../core/case/new-case';
import type { SupportCase } from '../model/case';
import { SUBJECT_CAP, type BoardEntry } from './board-doc';

/** An address is at most 320 characters (RFC 5321: 64 + 1 + 255). */
const EMAIL_CAP = 320;

/**
 * A dashboard row for a team case whose document this browser has not read yet, from the
 * board's entry alone: a new member sees the whole board at once, and each row fills in when
 * its document arrives. Until then it is a stand-in (TeamSyncRow.fromBoard), never written to the
 * case document: its thread, customer name and timeline are unknown here.
 *
 * `createdAt` is the entry's last change, never earlier than the true one: the document's
 * earliest creation time wins when the two are merged (core/case/merge).
 */
export function caseOfBoardEntry(key: string, entry: BoardEntry, account: string): SupportCase {
  // Members write the board: an entry's text is cut as every member's own entries are (board-doc.ts).
  const customer = { name: '', email: entry.customerEmail.slice(0, EMAIL_CAP), organisation: '' };
  const subject = entry.subject.slice(0, SUBJECT_CAP);
  const made = newCase({ id: key, host: 'gmail', account, threadId: null, threadUrl: mailboxSearchUrl({ subject, customer }), subject, customer, originator: 'customer', source: 'email', createdAt: entry.updatedAt });
  return { ...made, status: entry.status, owner: entry.owner, dueAt: entry.dueAt };
}

/** What the board says of a case, and so what a colleague's change shows before its document is read. */
const BOARD_FIELDS = ['status', 'owner', 'dueAt'] as const;

/**
 * A colleague's change to a case's status, owner or deadline, taken from the board into this
 * browser's row at once (the document, with the timeline, follows): each field this browser has
 * not changed since its base takes the entry's value, in the row and in the base alike, so the
 * next write to the document does not send it back as this member's change. Unchanged
 * `updatedAt`: the row still lags the board until its document is read. Null when nothing
 * changes, or when the entry is not newer than the row.
 */
export function boardPatch(local: SupportCase, base: SupportCase, entry: BoardEntry): { row: SupportCase; base: SupportCase } | null {
  if (entry.updatedAt <= local.updatedAt) return null;
  const row = { ...local };
  const nextBase = { ...base };
  let changed = false;
  for (const field of BOARD_FIELDS) {
    if (local[field] !== base[field] || local[field] === entry[field]) continue;
    Object.assign(row, { [field]: entry[field] });
    Object.assign(nextBase, { [field]: entry[field] });
    changed = true;
  }
  return changed ? { row, base: nextBase } : null;
}
