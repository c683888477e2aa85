import type { CaseEvent, SupportCase } from '../model/case';
import { deepEqual } from '../core/case/deep-equal';
import { parseCaseRows, toCaseRow } from './case-row';
import type { CasebookDb } from './database';
import { dropPacks, putSummaries, summaryRowOf } from './report-summaries';
import { decodeTimeline, encodeTimeline, withEvents, type TimelineRow } from './timeline-row';

/**
 * Stores a team case as the team's document shows it (lib/team/case-doc readCase): the row
 * replaced by the projection (version counted on), its timeline joined with the document's
 * events (an id seen twice is kept once), its report summary rewritten. Returns the stored case, or null when nothing
 * changed, so nobody is told of a change and nothing is written back to the team.
 */
export async function saveSharedCase(db: CasebookDb, projected: SupportCase, events: readonly CaseEvent[]): Promise<SupportCase | null> {
  const [saved] = await saveSharedCases(db, [{ projected, events }]);
  return saved ?? null;
}

/**
 * saveSharedCase for many cases in one transaction, read and written in bulk (a new member's
 * first sync stores thousands: a few requests per case cost more than the cases). Outcomes in
 * the order given; a case given twice is saved twice, the second on the first.
 */
export function saveSharedCases(db: CasebookDb, items: readonly { projected: SupportCase; events: readonly CaseEvent[] }[]): Promise<(SupportCase | null)[]> {
  return db.transaction('rw', [db.cases, db.timelines, db.reportSummaries], async () => {
    const ids = [...new Set(items.map(({ projected }) => projected.id))];
    const [rows, timelineRows] = await Promise.all([db.cases.bulkGet(ids), db.timelines.bulkGet(ids)]);
    // What each case holds, as read, then as this batch leaves it.
    const current = new Map(ids.map((id, i) => [id, { stored: parseCaseRows([rows[i]]).rows[0], timelineRow: timelineRows[i] as TimelineRow | undefined, timelineChanged: false }]));
    const outcomes = items.map(({ projected, events }) => {
      const now = current.get(projected.id)!;
      const timeline = decodeTimeline(now.timelineRow);
      const known = new Set(timeline.map((event) => event.id));
      const added = events.filter((event) => !known.has(event.id));
      const same = now.stored !== undefined && deepEqual({ ...now.stored, version: 0 }, { ...projected, version: 0 });
      if (same && added.length === 0) return null;
      const saved = { ...projected, version: (now.stored?.version ?? 0) + 1 };
      now.stored = saved;
      if (added.length > 0) {
        now.timelineRow = encodeTimeline(saved.id, withEvents(timeline, added));
        now.timelineChanged = true;
      }
      return saved;
    });
    const savedIds = new Set(outcomes.flatMap((saved) => (saved ? [saved.id] : [])));
    const written = [...current].filter(([id]) => savedIds.has(id)).map(([, now]) => now);
    await Promise.all([
      db.cases.bulkPut(written.map(({ stored }) => toCaseRow(stored!))),
      putSummaries(db.reportSummaries, written.map(({ stored, timelineRow }) => summaryRowOf(stored!, timelineRow))),
      db.timelines.bulkPut(written.flatMap(({ timelineRow, timelineChanged }) => (timelineChanged ? [timelineRow!] : []))),
    ]);
    return outcomes;
  });
}

/**
 * Stores rows made from the team's board (lib/team/board-row.ts) for cases this browser has no
 * row of, inside the caller's transaction (which also marks them, so they are read later). A
 * case stored meanwhile is left alone. Returns the cases stored.
 */
export function saveBoardRows(db: CasebookDb, cases: readonly SupportCase[]): Promise<SupportCase[]> {
  return db.transaction('rw', [db.cases, db.reportSummaries], async () => {
    const existing = await db.cases.bulkGet(cases.map((c) => c.id));
    const fresh = cases.filter((_, i) => existing[i] === undefined).map((c) => ({ ...c, version: 1 }));
    await db.cases.bulkPut(fresh.map(toCaseRow));
    await putSummaries(db.reportSummaries, fresh.map((c) => summaryRowOf(c, undefined)));
    return fresh;
  });
}

/**
 * Gives a local case the team's key as its id (joining a team, or a case first tracked alone):
 * the row moves, its events follow. The case stored under `toId` before (if any) is replaced
 * by `merged`, which the caller made from both.
 */
export function rekeyCase(db: CasebookDb, fromId: string, merged: SupportCase, events: readonly CaseEvent[]): Promise<SupportCase> {
  return db.transaction('rw', [db.cases, db.timelines, db.reportSummaries, db.reportPacks], async () => {
    const [fromTimeline, toTimeline, toRow] = await Promise.all([db.timelines.get(fromId), db.timelines.get(merged.id), db.cases.get(merged.id)]);
    const moved = decodeTimeline(fromTimeline).map((event) => ({ ...event, caseId: merged.id }));
    const [existing] = parseCaseRows([toRow]).rows;
    const saved = { ...merged, version: Math.max(existing?.version ?? 0, merged.version) + 1 };
    if (fromId !== merged.id) await Promise.all([db.cases.delete(fromId), db.timelines.delete(fromId), db.reportSummaries.delete(fromId), dropPacks(db)]);
    const timeline = encodeTimeline(saved.id, withEvents(withEvents(decodeTimeline(toTimeline), moved), events));
    await Promise.all([db.cases.put(toCaseRow(saved)), db.timelines.put(timeline), putSummaries(db.reportSummaries, [summaryRowOf(saved, timeline)])]);
    return saved;
  });
}
