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
export function saveSharedCase(db: CasebookDb, projected: SupportCase, events: readonly CaseEvent[]): Promise<SupportCase | null> {
  return db.transaction('rw', [db.cases, db.timelines, db.reportSummaries], async () => {
    const [row, timelineRow] = await Promise.all([db.cases.get(projected.id), db.timelines.get(projected.id)]);
    const [stored] = parseCaseRows([row]).rows;
    const timeline = decodeTimeline(timelineRow);
    const known = new Set(timeline.map((event) => event.id));
    const added = events.filter((event) => !known.has(event.id));
    const same = stored !== undefined && deepEqual({ ...stored, version: 0 }, { ...projected, version: 0 });
    if (same && added.length === 0) return null;
    const saved = { ...projected, version: (stored?.version ?? 0) + 1 };
    const written = added.length > 0 ? encodeTimeline(saved.id, withEvents(timeline, added)) : timelineRow;
    await Promise.all([
      db.cases.put(toCaseRow(saved)),
      putSummaries(db.reportSummaries, [summaryRowOf(saved, written)]),
      added.length > 0 ? db.timelines.put(written as TimelineRow) : Promise.resolve(),
    ]);
    return saved;
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
