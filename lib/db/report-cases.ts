import * as z from 'zod/mini';
import { CaseEventType, CaseStatus, Originator, SupportCase } from '../model/case';
import type { ReportedCase, ReportedEvent } from '../core/reports/case-history';
import type { ReportInput } from '../core/reports/compute-report';
import type { CasebookDb } from './database';
import { describeIssues } from './read-rows';

/** Only the fields a report reads are checked (and copied): a tenth of a whole case's check. */
const ReportedCaseRow = z.pick(SupportCase, { id: true, createdAt: true, updatedAt: true, originator: true, owner: true, category: true, status: true, awaitingSince: true });
const EVENT_TYPES: ReadonlySet<unknown> = new Set(CaseEventType.options);

/** Above this share of all cases, one read of the whole timelines table beats a read per case. */
const WHOLE_TABLE_SHARE = 0.4;

/** A stored case row's report fields, checked (fast path, then Zod for the problem text); null and a problem line when it does not fit. */
export function reportedCaseOf(row: unknown, problems: string[]): ReportedCase | null {
  const checked = typeof row === 'object' && row !== null ? reportedCaseOfRow(row as Record<string, unknown>) : null;
  if (checked) return checked;
  const parsed = ReportedCaseRow.safeParse(row);
  if (parsed.success) return parsed.data;
  problems.push(`cases ${JSON.stringify(String((row as { id?: unknown } | null)?.id))}: ${describeIssues(parsed.error.issues).join('; ')}`);
  return null;
}

/**
 * Whole cases and timelines for a report, the way before summaries (v5): kept as the reference
 * the summaries are checked against (report-summaries.test.ts) and measured beside them (bench).
 * The cases a report of the period starting at `since` can need, with their timelines: every
 * case waiting for a response now (it may have waited since before the period) and every case
 * written since `since` (any event in the period updated the case at or after it). One range of
 * the `sortKey` index holds exactly these (deadlines, then 2^53 − updatedAt): a four-week report
 * reads a fraction of 50,000 cases. Rows that do not fit are reported, never dropped silently.
 */
export async function loadReportInput(db: CasebookDb, since: number): Promise<{ input: ReportInput[]; problems: string[] }> {
  const problems: string[] = [];
  const range = () => db.cases.where('sortKey').belowOrEqual(2 ** 53 - since); // waiting now, or written since
  return db.transaction('r', db.cases, db.timelines, async () => {
    const [wanted, total] = await Promise.all([range().count(), db.cases.count()]);
    // Most cases wanted (a long period): the whole timelines table in one read, beside the cases.
    const whole = wanted > total * WHOLE_TABLE_SHARE;
    // Read in key order (sequential on disk) and filtered here when most rows are wanted; else the index range.
    const bound = 2 ** 53 - since;
    const [rows, allTimelines] = await Promise.all([
      whole ? db.cases.toArray().then((all) => all.filter((row) => !(row.sortKey > bound))) : range().toArray(),
      whole ? db.timelines.toArray() : Promise.resolve(null),
    ]);
    const cases = rows.flatMap((row) => {
      const checked = reportedCaseOf(row, problems);
      return checked ? [checked] : [];
    });
    const timelines = new Map<string, unknown>();
    if (allTimelines) {
      for (const row of allTimelines) timelines.set(row.caseId, row);
    } else {
      const ids = cases.map((c) => c.id);
      (await db.timelines.bulkGet(ids)).forEach((row, index) => timelines.set(ids[index]!, row));
    }
    const input = cases.map((c) => ({ case: c, events: reportedEvents(c.id, timelines.get(c.id), problems) }));
    return { input, problems };
  });
}

const ORIGINATORS: ReadonlySet<unknown> = new Set(Originator.options);
const STATUSES: ReadonlySet<unknown> = new Set(CaseStatus.options);
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isText = (value: unknown): value is string => typeof value === 'string';

/**
 * The fields a report reads, when each has the model's type (the same verdict as
 * ReportedCaseRow for these fields, at a fraction of its cost over 50,000 rows); null when one
 * does not, and then Zod says why.
 */
export function reportedCaseOfRow(row: Record<string, unknown>): ReportedCase | null {
  const { id, createdAt, updatedAt, originator, owner, category, status, awaitingSince } = row;
  if (!isText(id) || id === '' || !isTime(createdAt) || !isTime(updatedAt) || !ORIGINATORS.has(originator) || !STATUSES.has(status)) return null;
  if ((owner !== null && !isText(owner)) || (category !== null && !isText(category))) return null;
  if (!Array.isArray(awaitingSince) || !awaitingSince.every(isTime)) return null;
  return { id, createdAt, updatedAt, originator: originator as ReportedCase['originator'], owner, category, status: status as ReportedCase['status'], awaitingSince: [...awaitingSince] };
}

/**
 * A stored timeline row's events as a report reads them (time, type, from, to), without an
 * object per field a report does not need. An event whose time or type does not fit is left out
 * and counted in one problem line per row.
 */
export function reportedEvents(caseId: string, row: unknown, problems: string[]): ReportedEvent[] {
  if (row === undefined) return [];
  const { values, events } = (typeof row === 'object' && row !== null ? row : {}) as { values?: unknown; events?: unknown };
  if (!Array.isArray(events)) {
    problems.push(`timelines ${JSON.stringify(caseId)}: events: not a list of events`);
    return [];
  }
  const table: readonly unknown[] = Array.isArray(values) ? values : [];
  const text = (position: unknown): string | null => {
    const value = typeof position === 'number' ? table[position] : undefined;
    return typeof value === 'string' ? value : null;
  };
  const out: ReportedEvent[] = [];
  let bad = 0;
  for (const encoded of events as unknown[]) {
    const tuple = Array.isArray(encoded) ? encoded : [];
    const at = tuple[1];
    const type = typeof tuple[3] === 'number' ? table[tuple[3]] : undefined;
    if (typeof at !== 'number' || !Number.isFinite(at) || !EVENT_TYPES.has(type)) {
      bad += 1;
      continue;
    }
    out.push({ at, type: type as ReportedEvent['type'], from: text(tuple[4]), to: text(tuple[5]) });
  }
  if (bad > 0) problems.push(`timelines ${JSON.stringify(caseId)}: ${bad} event${bad === 1 ? '' : 's'} without a valid time or type left out`);
  return out;
}
