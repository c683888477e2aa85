import type { IndexableType, Table } from 'dexie';
import type { ReportedCase, Span, Wait, WaitEnd } from '../core/reports/case-history';
import { caseSummary, type CaseSummary } from '../core/reports/case-summary';
import type { CasebookDb } from './database';
import { reportedCaseOf, reportedEvents } from './report-cases';
import { PACK_STATE, packSummaries, unpackSummaries, type ReportPackState } from './report-packs';

/**
 * A case's report summary as stored (since v5): the `reportSummaries` row, keyed by the case id
 * and indexed by `activeUntil`, written in the same transaction as the case and its timeline.
 * Times are flat number lists rather than objects: 50,000 rows are read back in a fraction of
 * the time, and a row is ~100 bytes.
 */
export interface ReportSummaryRow {
  id: string;
  /** The write that stored this row, counting up across the table (packs hold the rows up to one: report-packs.ts). */
  seq: number;
  activeUntil: number;
  createdAt: number;
  owner: string | null;
  category: string | null;
  /** [start, end, how] per wait, oldest first; end and how are null while the wait lasts (how: WAIT_ENDS' index). */
  waits: (number | null)[];
  reopenedAt: number[];
  /** [start, end] per wait on a developer; end null while it lasts. */
  developer: (number | null)[];
}

const WAIT_ENDS: readonly WaitEnd[] = ['response', 'closed', 'untimed'];

/** A summary row before it is written (putSummaries numbers it). */
export type UnnumberedSummaryRow = Omit<ReportSummaryRow, 'seq'>;

export function encodeSummary(summary: CaseSummary): UnnumberedSummaryRow {
  const { waits, reopenedAt, developerSpans } = summary.history;
  return {
    id: summary.id,
    activeUntil: summary.activeUntil,
    createdAt: summary.createdAt,
    owner: summary.owner,
    category: summary.category,
    waits: waits.flatMap((wait) => [wait.start, wait.end, wait.endedBy === null ? null : WAIT_ENDS.indexOf(wait.endedBy)]),
    reopenedAt: [...reopenedAt],
    developer: developerSpans.flatMap((span) => [span.start, span.end]),
  };
}

const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isTimeOrNull = (value: unknown): value is number | null => value === null || isTime(value);
const isTextOrNull = (value: unknown): value is string | null => value === null || typeof value === 'string';

/** A stored row back as a summary; null when it does not have the shape encodeSummary writes. */
export function decodeSummary(row: unknown): CaseSummary | null {
  if (typeof row !== 'object' || row === null) return null;
  const { id, activeUntil, createdAt, owner, category, waits, reopenedAt, developer } = row as Partial<Record<keyof ReportSummaryRow, unknown>>;
  if (typeof id !== 'string' || typeof activeUntil !== 'number' || !isTime(createdAt) || !isTextOrNull(owner) || !isTextOrNull(category)) return null;
  if (!Array.isArray(waits) || waits.length % 3 !== 0 || !Array.isArray(reopenedAt) || !reopenedAt.every(isTime) || !Array.isArray(developer) || developer.length % 2 !== 0) return null;
  const decodedWaits: Wait[] = [];
  for (let index = 0; index < waits.length; index += 3) {
    const [start, end, how] = [waits[index], waits[index + 1], waits[index + 2]];
    const endedBy = how === null ? null : typeof how === 'number' ? WAIT_ENDS[how] : undefined;
    if (!isTime(start) || !isTimeOrNull(end) || endedBy === undefined || (end === null) !== (endedBy === null)) return null;
    decodedWaits.push({ start, end, endedBy });
  }
  const developerSpans: Span[] = [];
  for (let index = 0; index < developer.length; index += 2) {
    const [start, end] = [developer[index], developer[index + 1]];
    if (!isTime(start) || !isTimeOrNull(end)) return null;
    developerSpans.push({ start, end });
  }
  return { id, activeUntil, createdAt, owner, category, history: { waits: decodedWaits, reopenedAt: [...(reopenedAt as number[])], developerSpans } };
}

/** The summary row of a case as it is being stored, from its timeline row as stored (undefined: no events). */
export function summaryRowOf(c: ReportedCase, timelineRow: unknown): UnnumberedSummaryRow {
  // Events that do not fit are left out here as when reading; the dashboard and export report them.
  return encodeSummary(caseSummary(c, reportedEvents(c.id, timelineRow, [])));
}

/**
 * Writes summary rows numbered after the last write (inside the caller's read-write transaction
 * over `summaries`, so two writers never take the same number).
 */
export async function putSummaries(summaries: Table, rows: readonly UnnumberedSummaryRow[]): Promise<void> {
  if (rows.length === 0) return;
  const last: { seq?: unknown } | undefined = await summaries.orderBy('seq').last();
  let seq = typeof last?.seq === 'number' ? last.seq : 0;
  await summaries.bulkPut(rows.map((row) => ({ ...row, seq: (seq += 1) })));
}

/**
 * Summaries of every case of `cases`, a chunk of rows at a time (the v5 upgrade, and any
 * rebuild): each case with its timeline. A row that is not a case gets no summary (the
 * dashboard and export report it); returns how many were written.
 */
export async function summariseAllCases(cases: Table, timelines: Table, summaries: Table, chunk = 2_000): Promise<number> {
  let written = 0;
  let after: IndexableType | null = null;
  for (;;) {
    const range = after === null ? cases.orderBy(':id') : cases.where(':id').above(after);
    const rows: { id: IndexableType }[] = await range.limit(chunk).toArray();
    if (rows.length === 0) return written;
    const checked = rows.flatMap((row) => {
      const c = reportedCaseOf(row, []);
      return c ? [c] : [];
    });
    const stored: unknown[] = await timelines.bulkGet(checked.map((c) => c.id));
    await putSummaries(summaries, checked.map((c, index) => summaryRowOf(c, stored[index])));
    written += checked.length;
    after = rows.at(-1)!.id;
    if (rows.length < chunk) return written;
  }
}

/** Summaries written since the packs were made, above which the reader makes them again. */
const REPACK_AFTER = 2_000;

/**
 * The summaries a report of the period starting at `since` (reportSince) can need: every case
 * still waiting (for a response or on a developer) and every case with something at or after
 * `since`. From the packs (report-packs.ts) and the summaries written since, or without packs
 * from one range of the activeUntil index. `repack`: the packs are missing, damaged or far
 * behind; the caller makes them again (repackSummaries) when it has answered. Rows that do not
 * fit are reported, never dropped silently.
 */
export async function loadReportSummaries(db: CasebookDb, since: number): Promise<{ summaries: CaseSummary[]; problems: string[]; repack: boolean }> {
  return db.transaction('r', [db.reportSummaries, db.reportPacks], async () => {
    const problems: string[] = [];
    const state = (await db.reportPacks.get(PACK_STATE)) as ReportPackState | undefined;
    if (state && typeof state.upTo === 'number' && Array.isArray(state.until)) {
      // Only the packs reaching `since` (a summary written since the packs replaces its packed one).
      const wanted = state.until.flatMap((until, n) => (until >= since ? [n] : []));
      const [packs, newer] = await Promise.all([db.reportPacks.bulkGet(wanted), db.reportSummaries.where('seq').above(state.upTo).toArray()]);
      const byId = new Map<string, CaseSummary>();
      if (packs.every((pack) => unpackSummaries(pack, since, byId))) {
        for (const row of newer) {
          byId.delete(row.id);
          if (row.activeUntil < since) continue;
          const summary = decodeSummary(row);
          if (summary) byId.set(summary.id, summary);
          else problems.push(problemOf(row));
        }
        problems.push(...(state.problems ?? []));
        return { summaries: [...byId.values()], problems, repack: newer.length > REPACK_AFTER };
      }
      problems.length = 0;
    }
    const summaries: CaseSummary[] = [];
    for (const row of await db.reportSummaries.where('activeUntil').aboveOrEqual(since).toArray()) {
      const summary = decodeSummary(row);
      if (summary) summaries.push(summary);
      else problems.push(problemOf(row));
    }
    return { summaries, problems, repack: true };
  });
}

const problemOf = (row: unknown): string => `reportSummaries ${JSON.stringify(String((row as { id?: unknown } | null)?.id))}: not a case summary`;

/**
 * Packs every summary again (report-packs.ts): read in one transaction, written in another only
 * if no case was deleted meanwhile (dropPacks changes the epoch), so a pack never brings back a
 * deleted case. Rows that do not fit stay out, their problems kept with the packs.
 */
export async function repackSummaries(db: CasebookDb, packSize?: number): Promise<void> {
  const { rows, epoch } = await db.transaction('r', [db.reportSummaries, db.reportPacks], async () => ({
    rows: (await db.reportSummaries.toArray()) as unknown[],
    epoch: ((await db.reportPacks.get(PACK_STATE)) as ReportPackState | undefined)?.epoch ?? 0,
  }));
  let upTo = 0;
  const good: ReportSummaryRow[] = [];
  const problems: string[] = [];
  for (const row of rows) {
    const seq = (row as { seq?: unknown } | null)?.seq;
    if (typeof seq === 'number' && seq > upTo) upTo = seq;
    if (decodeSummary(row) && typeof seq === 'number') good.push(row as ReportSummaryRow);
    else problems.push(problemOf(row));
  }
  const packs = packSummaries(good, packSize);
  await db.transaction('rw', db.reportPacks, async () => {
    const state = (await db.reportPacks.get(PACK_STATE)) as ReportPackState | undefined;
    if ((state?.epoch ?? 0) !== epoch) return;
    await db.reportPacks.clear();
    await db.reportPacks.bulkPut([...packs, { n: PACK_STATE, upTo, epoch, until: packs.map((pack) => pack.until), problems: problems.slice(0, 50) } satisfies ReportPackState]);
  });
}

/**
 * Packs the summaries when no packs exist (after the v5 upgrade, or after cases were deleted or
 * re-keyed dropped them), so that the next report reads packs rather than every row (2 s at
 * 50,000 cases). Cheap when the packs are there: one read. Returns whether it packed.
 */
export async function packWhenMissing(db: CasebookDb): Promise<boolean> {
  const state = (await db.reportPacks.get(PACK_STATE)) as ReportPackState | undefined;
  if (state && typeof state.upTo === 'number') return false;
  if ((await db.reportSummaries.count()) === 0) return false;
  await repackSummaries(db);
  return true;
}

/**
 * After deleting summaries (a case re-keyed, linked or replaced by an import): the packs may hold
 * them, so they go (the next report makes them again). Inside the deleting transaction.
 */
export async function dropPacks(db: CasebookDb): Promise<void> {
  const state = (await db.reportPacks.get(PACK_STATE)) as ReportPackState | undefined;
  await db.reportPacks.clear();
  await db.reportPacks.put({ n: PACK_STATE, upTo: null, epoch: (state?.epoch ?? 0) + 1 } satisfies ReportPackState);
}
