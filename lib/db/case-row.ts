import * as z from 'zod/mini';
import { AssessmentStep, ChecklistItem, SupportCase, TroubleshootingStep, type TracTicketLink } from '../model/case';
import { deadlineSortKey } from '../core/case/case-queries';
import { searchWords } from '../core/case/case-search';
import { parseRows, type Rows } from './read-rows';

/** Keys derived from a case for indexes. Never read back as data: recomputed on every write. */
export interface IndexKeys {
  /** deadlineSortKey: the deadline when something waits, else after all deadlines by recency. */
  sortKey: number;
  /** Lower-case words for the multi-entry search index. */
  searchWords: string[];
  /** Linked Trac tickets not known to be closed, for the status refresh (multi-entry index). */
  openTickets: number[];
}

type Checklists = 'assessment' | 'troubleshooting';
type ThreadParts = 'host' | 'account' | 'threadId';
const THREAD_PARTS = ['host', 'account', 'threadId'] as const;

/**
 * A case as stored (since v3): the model without what reading restores — checklist items never
 * touched (11 of them, ~700 bytes a row) and host/account/threadId when the id spells exactly
 * them — plus its index keys. Fields the indexes and the dashboard's search filter read stay.
 */
export type CaseRow = Omit<SupportCase, Checklists | ThreadParts> &
  Partial<Pick<SupportCase, ThreadParts>> & {
    assessment?: Partial<SupportCase['assessment']>;
    troubleshooting?: Partial<SupportCase['troubleshooting']>;
  } & IndexKeys;

type KeySource = Pick<SupportCase, 'dueAt' | 'updatedAt' | 'subject' | 'customer' | 'owner' | 'tickets'>;

export function indexKeys(c: KeySource): IndexKeys {
  return {
    sortKey: deadlineSortKey(c),
    searchWords: searchWords(c),
    // "closed" is Trac's only final status; any other may still change.
    openTickets: c.tickets.filter((ticket) => ticket.status !== 'closed').map((ticket) => ticket.number),
  };
}

const record = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {});
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** `gmail:alice@x.com:18c2…` -> its host, account and thread id (the thread id may hold colons); null for phone cases. */
export function threadPartsOfId(id: string): Pick<SupportCase, ThreadParts> | null {
  const match = /^(gmail|groups):([^:]*):(.+)$/.exec(id);
  return match ? { host: match[1] as 'gmail' | 'groups', account: match[2]!, threadId: match[3]! } : null;
}

/** An item exactly as a new case has it: not stored. */
const untouched = (item: unknown): boolean => {
  const fields = record(item);
  return fields.done === false && fields.note === '' && fields.doneAt === null && Object.keys(fields).length === 3;
};

/** The items someone touched; undefined (field left out) when none was. Works on old rows of any shape. */
export function touchedItems(list: unknown): Record<string, unknown> | undefined {
  if (!isRecord(list)) return undefined;
  const touched = Object.entries(list).filter(([, item]) => !untouched(item));
  return touched.length === 0 ? undefined : Object.fromEntries(touched);
}

/** Drops from a row (model-shaped or already stored) what parseCaseRows restores. Defensive: old rows may be odd. */
export function compactRow<T extends Record<string, unknown>>(row: T): T {
  const { assessment, troubleshooting, ...rest } = row;
  const compact: Record<string, unknown> = { ...rest };
  const touchedAssessment = touchedItems(assessment);
  const touchedTroubleshooting = touchedItems(troubleshooting);
  // A value that is not a list of items is kept as it is, so reading still reports it.
  if (touchedAssessment !== undefined || (assessment !== undefined && !isRecord(assessment))) compact.assessment = touchedAssessment ?? assessment;
  if (touchedTroubleshooting !== undefined || (troubleshooting !== undefined && !isRecord(troubleshooting))) compact.troubleshooting = touchedTroubleshooting ?? troubleshooting;
  const parts = typeof row.id === 'string' ? threadPartsOfId(row.id) : null;
  if (parts && THREAD_PARTS.every((key) => parts[key] === row[key])) for (const key of THREAD_PARTS) delete compact[key];
  return compact as T;
}

export function toCaseRow(c: SupportCase): CaseRow {
  return { ...compactRow(c), ...indexKeys(c) } as CaseRow;
}

/**
 * What a stored row is checked against: the model, except that a checklist holds only the items
 * someone touched (v2 rows, which hold all, fit too). Derived from SupportCase, not a second
 * definition; untouched items are filled in after the check (they are valid by construction),
 * which also spares checking 11 default items per row (a third of the time to read 50,000 rows).
 */
const StoredCase = z.extend(SupportCase, {
  assessment: z.optional(z.partialRecord(AssessmentStep, ChecklistItem)),
  troubleshooting: z.optional(z.partialRecord(TroubleshootingStep, ChecklistItem)),
});
type StoredCase = z.infer<typeof StoredCase>;

const ASSESSMENT_STEPS = AssessmentStep.options;
const TROUBLESHOOTING_STEPS = TroubleshootingStep.options;

function completeList<Step extends string>(steps: readonly Step[], stored: Partial<Record<Step, ChecklistItem>> | undefined): Record<Step, ChecklistItem> {
  const list = {} as Record<Step, ChecklistItem>;
  for (const step of steps) list[step] = stored?.[step] ?? { done: false, note: '', doneAt: null };
  return list;
}

/**
 * Thread parts the id spells, put back before the check (a row that lacks them and whose id
 * spells none stays lacking). In place: rows come fresh from IndexedDB, and copying 50,000 of
 * them cost ~0.3 s of the backup.
 */
function withThreadParts(row: unknown): unknown {
  if (!isRecord(row)) return row;
  const parts = typeof row.id === 'string' ? threadPartsOfId(row.id) : null;
  if (parts) for (const key of THREAD_PARTS) if (!(key in row)) row[key] = parts[key];
  return row;
}

/** Fills the checklists in place: `c` is the parser's own fresh copy (copying 50,000 rows again cost ~350 ms). */
function withChecklists(c: StoredCase): SupportCase {
  const full = c as SupportCase;
  full.assessment = completeList(ASSESSMENT_STEPS, c.assessment);
  full.troubleshooting = completeList(TROUBLESHOOTING_STEPS, c.troubleshooting);
  return full;
}

/** Stored case rows (v2 or compact) read as cases; rows that do not fit are problems (see parseRows). Fills `raw`'s rows in place. */
export function parseCaseRows(raw: readonly unknown[]): Rows<SupportCase> {
  const { rows, problems } = parseRows(StoredCase, 'cases', raw.map(withThreadParts));
  return { rows: rows.map(withChecklists), problems };
}

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
