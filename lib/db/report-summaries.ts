import type { IndexableType, Table } from 'dexie';
import type { ReportedCase, Span, Wait, WaitEnd } from '../core/reports/case-history';
import { caseSummary, type CaseSummary } from '../core/reports/case-summary';
import type { CasebookDb } from './database';
import { reportedCaseOf, reportedEvents } from './report-cases';

/**
 * A case's report summary as stored (since v5): the `reportSummaries` row, keyed by the case id
 * and indexed by `activeUntil`, written in the same transaction as the case and its timeline.
 * Times are flat number lists rather than objects: 50,000 rows are read back in a fraction of
 * the time, and a row is ~100 bytes.
 */
export interface ReportSummaryRow {
  id: string;
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

export function encodeSummary(summary: CaseSummary): ReportSummaryRow {
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
export function summaryRowOf(c: ReportedCase, timelineRow: unknown): ReportSummaryRow {
  // Events that do not fit are left out here as when reading; the dashboard and export report them.
  return encodeSummary(caseSummary(c, reportedEvents(c.id, timelineRow, [])));
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
    await summaries.bulkPut(checked.map((c, index) => summaryRowOf(c, stored[index])));
    written += checked.length;
    after = rows.at(-1)!.id;
    if (rows.length < chunk) return written;
  }
}

/**
 * The summaries a report of the period starting at `since` (reportSince) can need: one range of
 * the activeUntil index, every case still waiting (for a response or on a developer) and every
 * case with something at or after `since`. Rows that do not fit are reported, never dropped
 * silently.
 */
export async function loadReportSummaries(db: CasebookDb, since: number): Promise<{ summaries: CaseSummary[]; problems: string[] }> {
  const rows: unknown[] = await db.reportSummaries.where('activeUntil').aboveOrEqual(since).toArray();
  const problems: string[] = [];
  const summaries: CaseSummary[] = [];
  for (const row of rows) {
    const summary = decodeSummary(row);
    if (summary) summaries.push(summary);
    else problems.push(`reportSummaries ${JSON.stringify(String((row as { id?: unknown } | null)?.id))}: not a case summary`);
  }
  return { summaries, problems };
}
