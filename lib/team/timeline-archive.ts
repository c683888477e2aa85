import * as Y from 'yjs';
import type { CaseEvent } from '../model/case';
import { caseDocParts } from './case-doc';
import { tupleToEvent, type EventTuple } from './timeline-tuple';

/**
 * A case's history kept out of its document (issue #12's budget: a case document ≤ 20 KB
 * after 1,000 edits; the timeline alone was ~128 B per event). The case document keeps its
 * newest events; older ones move to one archive document per calendar month of the event
 * (`cases/<key>/history/<yyyy-mm>`, a Y.Array of the same tuples), and the case document
 * lists the months in its `history` map. Members keep every open case's archives too, so the
 * timeline they see is whole; the case document stays small because a move deletes the
 * tuples, which Yjs's GC then shrinks to a few bytes per run.
 *
 * Any member may move, and two members moving at once is harmless: both append the same
 * tuples (an event id is read once) and both delete the same items (a delete is idempotent).
 * The tuples to move are picked by position in the document, the same on every replica.
 */
export const HOT_TIMELINE_MAX = 48;
/** How many events stay after a move: the recent story the sidebar shows first. */
export const HOT_TIMELINE_KEEP = 16;

/** The month (UTC) an event is archived under; the name part of its archive document. */
export function periodOf(at: number): string {
  const d = new Date(Number.isFinite(at) ? at : 0);
  return `${d.getUTCFullYear().toString().padStart(4, '0')}-${(d.getUTCMonth() + 1).toString().padStart(2, '0')}`;
}

const PERIOD = /^\d{4}-\d{2}$/;

export function historyDocRest(caseKey: string, period: string): string {
  return `cases/${caseKey}/history/${period}`;
}

/** The months this case has archive documents for (set by whoever moved; anything else is ignored). */
export function historyPeriods(caseDoc: Y.Doc): string[] {
  return [...caseDoc.getMap('history').keys()].filter((key) => PERIOD.test(key)).sort();
}

/** Which months the next move would write to, or none when the timeline is within its size. */
export function periodsToArchive(caseDoc: Y.Doc): string[] {
  const { timeline } = caseDocParts(caseDoc);
  if (timeline.length <= HOT_TIMELINE_MAX) return [];
  const periods = new Set<string>();
  for (const tuple of timeline.slice(0, timeline.length - HOT_TIMELINE_KEEP)) periods.add(periodOf(atOf(tuple)));
  return [...periods].sort();
}

const idOf = (tuple: unknown): unknown => (Array.isArray(tuple) ? tuple[0] : undefined);
const atOf = (tuple: unknown): number => (Array.isArray(tuple) && typeof tuple[1] === 'number' ? tuple[1] : 0);

/**
 * Moves the case document's oldest events (all but HOT_TIMELINE_KEEP, once there are more than
 * HOT_TIMELINE_MAX) into `archives` (period → its loaded archive document; every period of
 * periodsToArchive must be there, else nothing moves). Archives are written first, so a move cut
 * short leaves an event in both places, never in neither. Tuples that are not events (another
 * build's, a hostile member's) are dropped with the move. Returns how many events moved.
 */
export function archiveOldEvents(caseDoc: Y.Doc, archives: ReadonlyMap<string, Y.Doc>, origin: unknown): number {
  const periods = periodsToArchive(caseDoc);
  if (periods.length === 0 || periods.some((period) => !archives.has(period))) return 0;
  const { timeline } = caseDocParts(caseDoc);
  const moving = timeline.slice(0, timeline.length - HOT_TIMELINE_KEEP);
  const byPeriod = new Map<string, EventTuple[]>();
  for (const tuple of moving) {
    if (typeof idOf(tuple) !== 'string') continue;
    const period = periodOf(atOf(tuple));
    const list = byPeriod.get(period);
    if (list) list.push(tuple);
    else byPeriod.set(period, [tuple]);
  }
  for (const [period, tuples] of byPeriod) {
    const archive = archives.get(period)!;
    const list = archive.getArray<EventTuple>('events');
    const known = new Set(list.toArray().map(idOf));
    const added = tuples.filter((tuple) => !known.has(idOf(tuple)));
    if (added.length > 0) archive.transact(() => list.push(added), origin);
  }
  caseDoc.transact(() => {
    const history = caseDoc.getMap('history');
    for (const period of byPeriod.keys()) if (history.get(period) !== true) history.set(period, true);
    timeline.delete(0, moving.length);
  }, origin);
  return moving.length;
}

/** The events an archive document holds, checked like the case document's (lib/team/case-doc readCase). */
export function readArchive(archive: Y.Doc, caseId: string): CaseEvent[] {
  return archive
    .getArray('events')
    .toArray()
    .flatMap((tuple) => tupleToEvent(tuple, caseId) ?? []);
}
