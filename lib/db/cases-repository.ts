import type { CaseEvent, SupportCase } from '../model/case';
import type { Host } from '../model/thread';
import { HOUR_MS, UNDATED_FROM } from '../core/case/case-queries';
import { deepEqual } from '../core/case/deep-equal';
import { mergeCase } from '../core/case/merge';
import { caseIdFor } from '../core/case/new-case';
import { parseCaseRows, toCaseRow } from './case-row';
import type { CasebookDb } from './database';
import { uniqueById } from './read-rows';
import { dropPacks, putSummaries, summaryRowOf } from './report-summaries';
import { decodeTimeline, encodeTimeline, groupByCase, parseTimelineRows, withEvents, type StoredEvent, type TimelineRow } from './timeline-row';

export { listCasesPage } from './dashboard-page';
export { findLinkCandidates } from './link-candidates';

const parseCases = (raw: readonly unknown[]): SupportCase[] => parseCaseRows(raw).rows;

/**
 * One case, or null when there is none. A stored row that no longer fits the schema also reads
 * as null: the next save replaces it, and the dashboard lists it as a problem meanwhile.
 */
export async function findCase(db: CasebookDb, id: string): Promise<{ case: SupportCase } | null> {
  const [found] = parseCases([await db.cases.get(id)]);
  return found ? { case: found } : null;
}

/**
 * Reads, merges and writes inside the caller's transaction (which must cover cases and
 * timelines). The row and its timeline are read together and written together: two round
 * trips, not four. `events` go into their cases' timelines (an id already there is replaced).
 */
async function saveWithin(db: CasebookDb, next: SupportCase, base: SupportCase | null, events: readonly StoredEvent[]): Promise<SupportCase> {
  const timelines = [...groupByCase(events)];
  // The case's own timeline is read even when no event is added: its report summary replays it.
  if (!timelines.some(([caseId]) => caseId === next.id)) timelines.push([next.id, []]);
  const [row, ...storedTimelines] = await Promise.all([db.cases.get(next.id), ...timelines.map(([caseId]) => db.timelines.get(caseId))]);
  const [stored] = parseCases([row]);
  const result = stored && stored.version !== base?.version ? mergeCase(base, stored, next) : next;
  // A write that changes nothing is no write: no new version, so nobody is told of a change
  // (two tabs on one case would otherwise push each other's writes back and forth forever).
  if (stored && events.length === 0 && sameCaseContent(result, stored)) return stored;
  const saved = { ...result, version: (stored?.version ?? base?.version ?? 0) + 1 };
  const written = timelines.map(([caseId, added], i) => (added.length > 0 ? encodeTimeline(caseId, withEvents(decodeTimeline(storedTimelines[i]), added)) : storedTimelines[i]));
  // Events for another case id (none today) leave that case's summary as it was: it is rewritten when that case is saved.
  const ownTimeline = written[timelines.findIndex(([caseId]) => caseId === saved.id)];
  await Promise.all([
    db.cases.put(toCaseRow(saved)),
    putSummaries(db.reportSummaries, [summaryRowOf(saved, ownTimeline)]),
    ...timelines.flatMap(([, added], i) => (added.length > 0 ? [db.timelines.put(written[i] as TimelineRow)] : [])),
  ]);
  return saved;
}

/** Equal but for the bookkeeping a write itself changes. */
function sameCaseContent(a: SupportCase, b: SupportCase): boolean {
  return deepEqual({ ...a, version: 0, updatedAt: 0 }, { ...b, version: 0, updatedAt: 0 });
}

/**
 * Saves a case edited from `base` (the case as the writer read it; null when creating) with
 * the events of the edit, in one transaction, and returns it as stored (version bumped; the
 * stored case as it was, same version, when the edit changes nothing and adds no event). If
 * another writer saved the case after `base` was read, the two edits are merged field by field
 * (core/case/merge) instead of the later one overwriting the earlier.
 */
export function saveCase(db: CasebookDb, next: SupportCase, base: SupportCase | null, events: readonly CaseEvent[]): Promise<SupportCase> {
  return db.transaction('rw', [db.cases, db.timelines, db.reportSummaries], () => saveWithin(db, next, base, events));
}

/** The case timeline, oldest first. Events that no longer fit the schema are left out. */
export async function loadEvents(db: CasebookDb, caseId: string): Promise<CaseEvent[]> {
  return parseTimelineRows([await db.timelines.get(caseId)]).rows;
}

/** The tracked cases among a list's threads, by thread id (input of core noticeListReplies). */
export async function casesForThreads(db: CasebookDb, host: Host, account: string, threadIds: readonly string[]): Promise<Map<string, SupportCase>> {
  const found = parseCases(await db.cases.bulkGet(threadIds.map((threadId) => caseIdFor(host, account, threadId))));
  return new Map(found.flatMap((c) => (c.threadId === null ? [] : [[c.threadId, c] as const])));
}

/** Badge and popup figures, counted on indexes without reading a row. */
export async function countCases(db: CasebookDb, now: number): Promise<{ needsResponse: number; overdue: number; total: number }> {
  const [needsResponse, overdue, total] = await Promise.all([
    db.cases.where('sortKey').below(UNDATED_FROM).count(),
    db.cases.where('sortKey').below(Math.min(now, UNDATED_FROM)).count(),
    db.cases.count(),
  ]);
  return { needsResponse, overdue, total };
}

/**
 * What the toolbar badge shows: cases needing a response, and how many of them are overdue.
 * Counted in slices of the deadline index, one after another: IndexedDB serves one request at
 * a time, and one count over 20,000 waiting cases (~100 ms) would hold up a thread being opened;
 * between slices, other requests get their turn.
 */
export async function countWaitingInSlices(db: CasebookDb, now: number, slices = 16, teamMember: string | null = null): Promise<{ needsResponse: number; overdue: number }> {
  // In a team every member's browser holds the whole board: the badge counts what is this
  // member's to answer, their own cases and the unassigned ones (anyone may take those).
  const me = teamMember === null ? null : teamMember.trim().toLowerCase();
  const waiting = db.cases.where('sortKey').below(UNDATED_FROM);
  const [first, last] = await Promise.all([waiting.first(), waiting.last()]);
  if (!first || !last) return { needsResponse: 0, overdue: 0 };
  // Slice edges spread evenly over the deadlines stored, with `now` as one of them.
  const step = (last.sortKey - first.sortKey) / slices;
  const edges = [...new Set([...Array.from({ length: slices - 1 }, (_, i) => first.sortKey + step * (i + 1)), now])]
    .filter((edge) => edge > first.sortKey && edge <= last.sortKey)
    .sort((a, b) => a - b);
  let needsResponse = 0;
  let overdue = 0;
  let lower = -Infinity;
  for (const upper of [...edges, UNDATED_FROM]) {
    const slice = db.cases.where('sortKey').between(lower, upper, true, false);
    const count = await (me === null ? slice : slice.filter((row) => row.owner == null || row.owner === me)).count();
    needsResponse += count;
    if (upper <= now) overdue += count;
    lower = upper;
  }
  // `now` after every deadline is no edge: then everything waiting is overdue.
  return { needsResponse, overdue: now > last.sortKey ? needsResponse : overdue };
}

/** Cases waiting for an answer due at or before `t` (overdue ones included), earliest first. */
export async function listCasesDueBefore(db: CasebookDb, t: number): Promise<SupportCase[]> {
  return parseCases(await db.cases.where('sortKey').belowOrEqual(Math.min(t, UNDATED_FROM - 1)).toArray());
}

/** Cases with a Trac ticket whose status may still change. */
export async function listCasesWithOpenTickets(db: CasebookDb): Promise<SupportCase[]> {
  return parseCases(uniqueById(await db.cases.where('openTickets').above(0).toArray()));
}

/** When the background should wake next (same answer as core nextWakeAt, from the index). */
export async function nextWakeAt(db: CasebookDb, now: number, warnMs = HOUR_MS): Promise<number | null> {
  const firstDueAfter = async (t: number): Promise<number | null> =>
    (await db.cases.where('sortKey').between(t, UNDATED_FROM, false, false).first())?.sortKey ?? null;
  const [due, warned] = await Promise.all([firstDueAfter(now), firstDueAfter(now + warnMs)]);
  const moments = [due, warned === null ? null : warned - warnMs].filter((t): t is number => t !== null);
  return moments.length === 0 ? null : Math.min(...moments);
}

/**
 * Moves a phone case into its conversation's case (`merged`, from core linkPhoneCase): the
 * phone case row goes, its events follow to the merged case's id, and the merged case is
 * saved from `base` (the thread's case as read, null if new), all in one transaction.
 */
export function linkPhoneCaseToThread(db: CasebookDb, phoneCaseId: string, merged: SupportCase, base: SupportCase | null, events: readonly CaseEvent[]): Promise<SupportCase> {
  return db.transaction('rw', [db.cases, db.timelines, db.reportSummaries, db.reportPacks], async () => {
    const phoneEvents = decodeTimeline(await db.timelines.get(phoneCaseId)).map((event) => ({ ...event, caseId: merged.id }));
    await Promise.all([db.cases.delete(phoneCaseId), db.timelines.delete(phoneCaseId), db.reportSummaries.delete(phoneCaseId), dropPacks(db)]);
    return saveWithin(db, merged, base, [...phoneEvents, ...events]);
  });
}
