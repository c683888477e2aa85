import Dexie, { type Transaction } from 'dexie';
import { compactRow, indexKeysOfStoredRow } from './case-row';
import { summariseAllCases } from './report-summaries';
import { teamDocTable } from './team-doc-tables';
import { decodeTimeline, encodeTimeline, groupByCase, type StoredEvent } from './timeline-row';

/**
 * Named upgrades, one per schema version that changes data. Each runs inside Dexie's upgrade
 * transaction on rows of the previous version's shape, so it reads them defensively.
 */

/** v2: every case gets its index keys (sortKey, searchWords, openTickets), so the dashboard, search and ticket refresh use indexes. */
export async function addIndexKeys(tx: Transaction): Promise<void> {
  await tx
    .table('cases')
    .toCollection()
    .modify((row: Record<string, unknown>) => {
      Object.assign(row, indexKeysOfStoredRow(row));
    });
}

/** v3: case rows lose what reading restores, and each case's events become one timeline row. */
export async function packCasesAndTimelines(tx: Transaction): Promise<void> {
  await tx
    .table('cases')
    .toCollection()
    .modify((row: Record<string, unknown>, ctx: { value: unknown }) => {
      ctx.value = compactRow(row);
    });
  await moveEventsToTimelines(tx);
}

/**
 * v4: the team tables (teamDocs, its y-dexie updates table, teamSync) start empty; no existing
 * row changes. Local cases join a team's board when the member joins (lib/team/merge-local.ts),
 * not here: an upgrade cannot know the team.
 */
export async function addTeamDocuments(_tx: Transaction): Promise<void> {
  // Nothing to move: declared so every version names what it does to data (test/unit/conventions).
}

/**
 * v5: every case gets its report summary (lib/core/reports/case-summary.ts), read from the case
 * row and its timeline a chunk at a time; from now on every write of a case writes it too.
 */
export async function addReportSummaries(tx: Transaction): Promise<void> {
  await summariseAllCases(tx.table('cases'), tx.table('timelines'), tx.table('reportSummaries'));
}

/** Events read per step: the upgrade never holds all 500,000 in memory at once. */
const CHUNK = 10_000;

type EventRow = StoredEvent & { caseId: string };

/**
 * Walks v2's [caseId+at] index (the order the timeline was shown in) a chunk at a time, writing
 * one timeline row per case. Events the index leaves out (a case id or time that is not a key)
 * are kept too, after the others of their case (or under case id "" without one), and are
 * reported when read, as before.
 */
async function moveEventsToTimelines(tx: Transaction): Promise<void> {
  const events = tx.table('events');
  const timelines = tx.table('timelines');
  const byTime = (caseId: string) => events.where('[caseId+at]').between([caseId, Dexie.minKey], [caseId, Dexie.maxKey]);
  let moved = 0;
  let after: string | null = null;
  for (;;) {
    const range = after === null ? events.orderBy('[caseId+at]') : events.where('[caseId+at]').above([after, Dexie.maxKey]);
    const chunk: EventRow[] = await range.limit(CHUNK).toArray();
    const groups = groupByCase(chunk);
    const last = chunk.at(-1)?.caseId;
    const full = chunk.length === CHUNK && last !== undefined;
    // The last case of a full chunk may go on in the next one: it is read whole on its own.
    if (full) groups.set(last, await byTime(last).toArray());
    await timelines.bulkPut([...groups].map(([caseId, list]) => encodeTimeline(caseId, list)));
    moved += [...groups.values()].reduce((sum, list) => sum + list.length, 0);
    if (!full) break;
    after = last;
  }
  if (moved === (await events.count())) return;
  const indexed = new Set<unknown>(await events.orderBy('[caseId+at]').primaryKeys());
  const unindexed: StoredEvent[] = await events.filter((row: StoredEvent) => !indexed.has(row.id)).toArray();
  for (const [caseId, list] of groupByCase(unindexed)) {
    await timelines.put(encodeTimeline(caseId, [...decodeTimeline(await timelines.get(caseId)), ...list]));
  }
}

/**
 * v6: the team-wide documents (team-doc-tables.ts) move to `teamBoardDocs`: their rows, and their
 * y-dexie updates in the order they were stored (a Yjs update applies in any order, but the
 * order keeps the move a plain copy). Nothing is merged or dropped: an edit made offline and
 * not sent yet moves with the rest and goes out on the next connection.
 */
export async function moveTeamWideDocs(tx: Transaction): Promise<void> {
  const names = ((await tx.table('teamDocs').toCollection().primaryKeys()) as unknown[]).filter((name): name is string => typeof name === 'string' && teamDocTable(name) === 'teamBoardDocs');
  if (names.length === 0) return;
  const from = tx.table('$teamDocs.doc_updates');
  const updates = (await from.where('k').anyOf(names).toArray()) as { i: number; k: string; u: unknown; f?: unknown }[];
  updates.sort((a, b) => a.i - b.i);
  await tx.table('teamBoardDocs').bulkPut(names.map((name) => ({ name })));
  await tx.table('$teamBoardDocs.doc_updates').bulkAdd(updates.map(({ i: _i, ...update }) => update));
  await from.bulkDelete(updates.map((update) => update.i));
  await tx.table('teamDocs').bulkDelete(names);
}
