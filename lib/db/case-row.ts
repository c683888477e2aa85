import type { SupportCase, TracTicketLink } from '../model/case';
import { deadlineSortKey } from '../core/case/case-queries';
import { searchWords } from '../core/case/case-search';

/** Keys derived from a case for indexes. Never read back as data: recomputed on every write. */
export interface IndexKeys {
  /** deadlineSortKey: the deadline when something waits, else after all deadlines by recency. */
  sortKey: number;
  /** Lower-case words for the multi-entry search index. */
  searchWords: string[];
  /** Linked Trac tickets not known to be closed, for the status refresh (multi-entry index). */
  openTickets: number[];
}

/** A case as stored: the model plus its index keys (the Zod schema strips them on read). */
export type CaseRow = SupportCase & IndexKeys;

type KeySource = Pick<SupportCase, 'dueAt' | 'updatedAt' | 'subject' | 'customer' | 'owner' | 'tickets'>;

export function indexKeys(c: KeySource): IndexKeys {
  return {
    sortKey: deadlineSortKey(c),
    searchWords: searchWords(c),
    // "closed" is Trac's only final status; any other may still change.
    openTickets: c.tickets.filter((ticket) => ticket.status !== 'closed').map((ticket) => ticket.number),
  };
}

export function toCaseRow(c: SupportCase): CaseRow {
  return { ...c, ...indexKeys(c) };
}

const record = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {});
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/**
 * Index keys of a row of unknown shape. An upgrade must not fail on one odd row: the row
 * keeps its data (reported when read) and gets keys from whatever fields it has.
 */
export function indexKeysOfStoredRow(row: unknown): IndexKeys {
  const fields = record(row);
  const customer = record(fields.customer);
  const tickets: TracTicketLink[] = (Array.isArray(fields.tickets) ? fields.tickets : []).flatMap((raw: unknown) => {
    const ticket = record(raw);
    const number = num(ticket.number);
    const status = typeof ticket.status === 'string' ? ticket.status : null;
    return number === null ? [] : [{ number, status, url: '', linkedAt: 0, resolution: null, checkedAt: null }];
  });
  return indexKeys({
    dueAt: num(fields.dueAt),
    updatedAt: num(fields.updatedAt) ?? 0,
    subject: text(fields.subject),
    customer: { name: text(customer.name), email: text(customer.email), organisation: text(customer.organisation) },
    owner: typeof fields.owner === 'string' ? fields.owner : null,
    tickets,
  });
}
