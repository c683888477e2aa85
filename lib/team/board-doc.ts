import * as Y from 'yjs';
import * as z from 'zod/mini';
import { CaseStatus, type SupportCase } from '../model/case';
import { deepEqual } from '../core/case/deep-equal';

/**
 * The team's board: one small entry per team case (a Y.Map `cases`, conversation key → entry),
 * so a member learns every case — the dashboard's filters, counts and deadline order — without
 * loading every case document. Members keep open cases' documents live and fetch closed ones
 * when opened; the server holds this one document in memory, not 52,000 case documents.
 *
 * An entry is one value, replaced whole when it changes: it is derived from the case document
 * (any member may rewrite it from there, and they all write the same thing), and one value per
 * key cannot lose half an entry when two members create it at once, as nested maps could.
 */
export const BoardEntry = z.object({
  status: CaseStatus,
  closed: z.boolean(),
  owner: z.nullable(z.string()),
  /** With updatedAt, what the deadline order needs (lib/core/case/case-queries deadlineSortKey). */
  dueAt: z.nullable(z.number()),
  updatedAt: z.number(),
  subject: z.string(),
  customerEmail: z.string(),
  /** The first message's Message-ID when a member's page read it (links; collisions of keys). */
  rfcMessageId: z.nullable(z.string()),
});
export type BoardEntry = z.infer<typeof BoardEntry>;

/** Subjects are cut here: the board is read whole by every member, the case document has the rest. */
export const SUBJECT_CAP = 200;

export function boardEntryOf(c: SupportCase, rfcMessageId: string | null = null): BoardEntry {
  return {
    status: c.status,
    closed: c.status === 'closed',
    owner: c.owner,
    dueAt: c.dueAt,
    updatedAt: c.updatedAt,
    subject: c.subject.slice(0, SUBJECT_CAP),
    customerEmail: c.customer.email.toLowerCase(),
    rfcMessageId,
  };
}

const entries = (board: Y.Doc): Y.Map<unknown> => board.getMap('cases');

/**
 * Puts `c`'s entry under `key` when it differs from the stored one; returns whether it wrote.
 * A Message-ID already on the board is kept when this member's page did not read one.
 */
export function updateBoardEntry(board: Y.Doc, key: string, c: SupportCase, origin: unknown, rfcMessageId: string | null = null): boolean {
  const map = entries(board);
  const stored = BoardEntry.safeParse(map.get(key));
  const next = boardEntryOf(c, rfcMessageId ?? (stored.success ? stored.data.rfcMessageId : null));
  if (stored.success && deepEqual(stored.data, next)) return false;
  board.transact(() => map.set(key, next), origin);
  return true;
}

export function removeBoardEntry(board: Y.Doc, key: string, origin: unknown): boolean {
  const map = entries(board);
  if (!map.has(key)) return false;
  board.transact(() => map.delete(key), origin);
  return true;
}

/** Every entry that fits the schema (an entry from another build or a hostile member is left out), by key. */
export function listBoardEntries(board: Y.Doc): { key: string; entry: BoardEntry }[] {
  const list: { key: string; entry: BoardEntry }[] = [];
  for (const [key, value] of entries(board).entries()) {
    const parsed = BoardEntry.safeParse(value);
    if (parsed.success) list.push({ key, entry: parsed.data });
  }
  return list.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export function boardEntry(board: Y.Doc, key: string): BoardEntry | null {
  const parsed = BoardEntry.safeParse(entries(board).get(key));
  return parsed.success ? parsed.data : null;
}

/** The case a Message-ID belongs to, for a page that read the Message-ID but no first-message time. */
export function findByMessageId(board: Y.Doc, rfcMessageId: string): string | null {
  for (const [key, value] of entries(board).entries()) {
    const parsed = BoardEntry.safeParse(value);
    if (parsed.success && parsed.data.rfcMessageId === rfcMessageId) return key;
  }
  return null;
}
