// Dexie's live queries (y-dexie loads documents through them) need IndexedDB's globals.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import yDexie, { DexieYProvider } from 'y-dexie';
import * as Y from 'yjs';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseEvent, SupportCase } from '../model/case';
import { settings } from '../core/case/test-support';
import { indexKeys, parseCaseRows, toCaseRow } from './case-row';
import { encodeTimeline, groupByCase } from './timeline-row';
import { readCase, writeCase } from '../team/case-doc';
import { countCases, findCase, listCasesWithOpenTickets, loadEvents } from './cases-repository';
import { listCasesPage } from './dashboard-page';
import { declareVersions, SCHEMA_VERSIONS } from './database';
import { exportEverything } from './export-import';
import { summaryRowOf } from './report-summaries';
import { mulberry32, seedCases } from './seed';
import { openTestDb } from './test-db';

beforeAll(() => z.config(en()));
const now = Date.parse('2026-11-26T12:00:00Z');

/** Builds a database exactly as version `upTo` left it. */
function openVersion(factory: IDBFactory, upTo: number): Dexie {
  const db = new Dexie('casebook-test', { indexedDB: factory, IDBKeyRange });
  declareVersions(db, SCHEMA_VERSIONS.filter((version) => version.version <= upTo));
  return db;
}

/** A case's events as v1/v2 showed them: by time, then by id (the [caseId+at] index order). */
const timelineOf = (events: readonly CaseEvent[], caseId: string): CaseEvent[] =>
  events.filter((event) => event.caseId === caseId).sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const byId = (cases: readonly SupportCase[]): SupportCase[] => [...cases].sort((a, b) => (a.id < b.id ? -1 : 1));

/** Everything the current schema reads back: every case and every case's timeline. */
async function expectAllThere(db: ReturnType<typeof openTestDb>, cases: readonly SupportCase[], events: readonly CaseEvent[]): Promise<void> {
  const parsed = parseCaseRows(await db.cases.toArray());
  expect(parsed.problems).toEqual([]);
  expect(byId(parsed.rows)).toEqual(byId(cases));
  for (const c of cases) expect(await loadEvents(db, c.id)).toEqual(timelineOf(events, c.id));
}

describe('schema versions', () => {
  it('are listed oldest first, each once, and every version after the first has an upgrade', () => {
    const numbers = SCHEMA_VERSIONS.map((version) => version.version);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(SCHEMA_VERSIONS.slice(1).every((version) => typeof version.upgrade === 'function')).toBe(true);
  });
});

describe('v1 -> current (addIndexKeys, then packCasesAndTimelines)', () => {
  it('keeps every row, adds the index keys, and every row parses with the current schema', async () => {
    const factory = new IDBFactory();
    const { cases, events } = seedCases(60, 3, now, mulberry32(7));
    const v1 = openVersion(factory, 1);
    // v1 rows are plain cases: no sortKey, searchWords or openTickets yet.
    await v1.table('cases').bulkPut(cases);
    await v1.table('events').bulkPut(events);
    await v1.table('templates').put({ id: 'custom:1', name: 'Thanks', body: 'Thank you, {{customer.firstName}}.', category: null, builtIn: false, updatedAt: now });
    await v1.table('corrections').put({ id: 'c1', caseId: null, at: now, from: 'question', to: 'defect', features: { f12: 1 } });
    expect(await v1.table('cases').where('status').equals('closed').count()).toBeGreaterThan(0);
    v1.close();

    const db = openTestDb(factory);
    const rows = await db.cases.toArray();
    expect(rows).toHaveLength(60);
    for (const row of rows) {
      expect(typeof row.sortKey).toBe('number');
      expect(Array.isArray(row.searchWords) && Array.isArray(row.openTickets)).toBe(true);
    }
    await expectAllThere(db, cases, events);
    expect(await db.templates.count()).toBe(1);
    expect(await db.corrections.count()).toBe(1);

    // The new indexes answer as the data says.
    const expected = { needsResponse: cases.filter((c) => c.dueAt !== null).length, overdue: cases.filter((c) => c.dueAt !== null && c.dueAt < now).length, total: 60 };
    expect(await countCases(db, now)).toEqual(expected);
    expect((await listCasesWithOpenTickets(db)).map((c) => c.id).sort()).toEqual(cases.filter((c) => c.tickets.length > 0).map((c) => c.id).sort());
    db.close();
  });

  it('a damaged v1 row survives the upgrade and is reported, not fatal', async () => {
    const factory = new IDBFactory();
    const [good] = seedCases(1, 0, now, mulberry32(3)).cases;
    const v1 = openVersion(factory, 1);
    await v1.table('cases').bulkPut([good, { id: 'gmail:x:broken', status: 'open', subject: 'Old row from a test build', customer: null, tickets: [{ number: 'seven' }] }]);
    v1.close();

    const db = openTestDb(factory);
    const page = await listCasesPage(db, { filter: 'all', search: '', now, me: '', limit: 10, offset: 0 });
    expect(page.cases.map((c) => c.id)).toEqual([good!.id]);
    expect(page.total).toBe(2);
    expect(page.problems).toHaveLength(1);
    expect(page.problems[0]).toMatch(/^cases "gmail:x:broken": .*status/);
    db.close();
  });
});

describe('v2 -> v3 (packCasesAndTimelines)', () => {
  /** v2 rows: the whole model (every checklist item, host, account, threadId) plus index keys. */
  const v2Row = (c: SupportCase) => ({ ...c, ...indexKeys(c) });

  it('moves every event into its case timeline in the order shown before, across chunk boundaries', async () => {
    const factory = new IDBFactory();
    // 1,100 cases × 10 events cross the upgrade's 10,000-event chunk; one case has more events than a chunk.
    const { cases, events } = seedCases(1_100, 10, now, mulberry32(21));
    const big = cases[500]!;
    const bigEvents = Array.from({ length: 10_050 }, (_, k): CaseEvent => ({ id: `big-${k}`, caseId: big.id, at: now - k * 1000, actor: 'casebook', type: 'staff_reply', from: null, to: null, reason: `Reply ${k % 7}` }));
    // Same moment in one case: v2 showed them by id.
    const tied = ['t-c', 't-a', 't-b'].map((id): CaseEvent => ({ id, caseId: cases[0]!.id, at: now, actor: 'bob@x.com', type: 'note_changed', from: null, to: null, reason: '' }));
    const all = [...events, ...bigEvents, ...tied];
    const ticked = { ...cases[1]!, assessment: { ...cases[1]!.assessment, verify_details: { done: true, note: 'ok', doneAt: now } } };
    const stored = [ticked, ...cases.slice(2), cases[0]!];
    const v2 = openVersion(factory, 2);
    await v2.table('cases').bulkPut(stored.map(v2Row));
    await v2.table('events').bulkPut(all);
    v2.close();

    const db = openTestDb(factory);
    expect(db.tables.map((table) => table.name).sort()).toEqual(['$teamBoardDocs.doc_updates', '$teamDocs.doc_updates', 'cases', 'corrections', 'reportPacks', 'reportSummaries', 'teamBoardDocs', 'teamDocs', 'teamSync', 'templates', 'timelines']);
    expect(await db.timelines.count()).toBe(1_100);
    await expectAllThere(db, stored, all);
    expect((await loadEvents(db, cases[0]!.id)).slice(-3).map((event) => event.id)).toEqual(['t-a', 't-b', 't-c']);
    expect(await loadEvents(db, big.id)).toHaveLength(10_060);
    // Case rows are compact now: only the touched item is stored.
    const row = await db.cases.get(ticked.id);
    expect(row?.assessment).toEqual({ verify_details: { done: true, note: 'ok', doneAt: now } });
    expect(row && 'troubleshooting' in row).toBe(false);
    expect((await findCase(db, ticked.id))?.case).toEqual(ticked);
    db.close();
  }, 90_000); // 21,000 events through fake-indexeddb: 6.5 s alone (load 9), over 20 s in the full suite on a busy machine

  it('keeps odd rows and events (reported when read, never dropped) and does not abort', async () => {
    const factory = new IDBFactory();
    const { cases, events } = seedCases(3, 2, now, mulberry32(8));
    const odd: Record<string, unknown>[] = [
      { ...events[0]!, id: 'odd-at', at: 'yesterday' }, // still a key: indexed, after the numbers
      { ...events[0]!, id: 'no-time', at: null }, // not a key: the index leaves it out
      { id: 'no-case', at: now, actor: 'casebook', type: 'created', from: null, to: null, reason: '' },
      { ...events[0]!, id: 'orphan', caseId: 'gmail:x:deleted' },
      { ...events[0]!, id: 'bad-type', type: 'emailed' },
    ];
    const v2 = openVersion(factory, 2);
    await v2.table('cases').bulkPut([...cases.map(v2Row), { id: 'gmail:x:broken', status: 'open', assessment: 'lost', troubleshooting: { make_record: { done: 'yes' } } }]);
    await v2.table('events').bulkPut([...events, ...odd]);
    v2.close();

    const db = openTestDb(factory);
    const ids = (await db.timelines.toArray()).flatMap((row) => row.events.map(([id]) => id));
    expect(ids.sort()).toEqual([...events, ...odd].map((event) => event.id).sort());
    expect(await db.cases.get('gmail:x:broken')).toMatchObject({ assessment: 'lost', troubleshooting: { make_record: { done: 'yes' } } });
    const first = cases[0]!;
    expect((await loadEvents(db, first.id)).map((event) => event.id)).toEqual(timelineOf(events, first.id).map((event) => event.id));
    expect((await loadEvents(db, 'gmail:x:deleted')).map((event) => event.id)).toEqual(['orphan']);

    const { document, problems } = await exportEverything(db, settings, now);
    expect(document.cases).toHaveLength(3);
    expect(document.timelines.reduce((sum, timeline) => sum + timeline.events.length, 0)).toBe(events.length + 1);
    expect(problems).toEqual([
      expect.stringMatching(/^cases "gmail:x:broken": /),
      // Timeline rows in case-id order: "" (events without a case) first.
      expect.stringMatching(/^events "no-case": caseId: /),
      expect.stringMatching(/^events "bad-type": type: /),
      expect.stringMatching(/^events "odd-at": at: /),
      expect.stringMatching(/^events "no-time": at: /),
    ]);
    db.close();
  });
});

describe('v1, v2, v3 -> v4 (addTeamDocuments)', () => {
  /** Rows as each version stored them. */
  const rowsOf: Record<number, (cases: SupportCase[], events: CaseEvent[]) => { cases: unknown[]; events?: unknown[]; timelines?: unknown[] }> = {
    1: (cases, events) => ({ cases, events }),
    2: (cases, events) => ({ cases: cases.map((c) => ({ ...c, ...indexKeys(c) })), events }),
    3: (cases, events) => ({ cases: cases.map(toCaseRow), timelines: [...groupByCase(events)].map(([caseId, list]) => encodeTimeline(caseId, list)) }),
  };

  it.each([1, 2, 3])('from v%i: every case and event survives, the team tables exist and keep a Y.Doc across a reopen', async (from) => {
    const factory = new IDBFactory();
    const { cases, events } = seedCases(40, 4, now, mulberry32(40 + from));
    const old = openVersion(factory, from);
    const rows = rowsOf[from]!(cases, events);
    await old.table('cases').bulkPut(rows.cases);
    if (rows.events) await old.table('events').bulkPut(rows.events);
    if (rows.timelines) await old.table('timelines').bulkPut(rows.timelines);
    old.close();

    const db = openTestDb(factory);
    await expectAllThere(db, cases, events);
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    expect(db.tables.map((table) => table.name)).toEqual(expect.arrayContaining(['teamDocs', 'teamSync', '$teamDocs.doc_updates']));
    expect(await db.teamDocs.count()).toBe(0);

    // A team case document stored with y-dexie (an added row's Y.Doc becomes its first update row),
    // then read back from its updates after the database is closed and opened again.
    const shared = { ...cases[0]!, id: 'conv-Ab3dE5gH7jK' };
    const doc = new Y.Doc();
    writeCase(doc, shared, events.filter((e) => e.caseId === cases[0]!.id), 'test');
    // Dexie's types leave Y.Doc properties out of inserts; y-dexie's README allows one on add().
    await db.table('teamDocs').add({ name: 'case/conv-Ab3dE5gH7jK', doc });
    await db.teamSync.put({ name: 'case/conv-Ab3dE5gH7jK', syncedAt: null, pendingSince: now });
    db.close();

    const again = openTestDb(factory);
    const updates: { k: string; u: Uint8Array }[] = await again.table('$teamDocs.doc_updates').where({ k: 'case/conv-Ab3dE5gH7jK' }).toArray();
    expect(updates.length).toBeGreaterThan(0);
    const restored = new Y.Doc();
    for (const update of updates) Y.applyUpdateV2(restored, update.u);
    // updatedAt reads back as the newest event's time when that is later (lib/team/case-doc).
    const newest = Math.max(shared.updatedAt, ...events.filter((e) => e.caseId === cases[0]!.id).map((e) => e.at));
    expect(readCase(restored)?.case).toEqual({ ...shared, updatedAt: newest, version: 0 });
    expect((await again.teamDocs.get('case/conv-Ab3dE5gH7jK'))?.doc).toBeInstanceOf(Y.Doc);
    expect(await again.teamSync.get('case/conv-Ab3dE5gH7jK')).toEqual({ name: 'case/conv-Ab3dE5gH7jK', syncedAt: null, pendingSince: now });
    again.close();
  });
});

describe('v1, v2, v3, v4 -> v5 (addReportSummaries)', () => {
  /** Rows as each version stored them (v4 stores cases and timelines as v3 did). */
  const rowsOf: Record<number, (cases: SupportCase[], events: CaseEvent[]) => { cases: unknown[]; events?: unknown[]; timelines?: unknown[] }> = {
    1: (cases, events) => ({ cases, events }),
    2: (cases, events) => ({ cases: cases.map((c) => ({ ...c, ...indexKeys(c) })), events }),
    3: (cases, events) => ({ cases: cases.map(toCaseRow), timelines: [...groupByCase(events)].map(([caseId, list]) => encodeTimeline(caseId, list)) }),
  };
  rowsOf[4] = rowsOf[3]!;

  it.each([1, 2, 3, 4])('from v%i: every case gets the summary of its case and timeline; damaged rows get none and do not abort', async (from) => {
    const factory = new IDBFactory();
    const { cases, events } = seedCases(50, 6, now, mulberry32(50 + from));
    const old = openVersion(factory, from);
    const rows = rowsOf[from]!(cases, events);
    await old.table('cases').bulkPut([...rows.cases, { id: 'gmail:x:broken', status: 'open', createdAt: 'yesterday' }]);
    if (rows.events) await old.table('events').bulkPut(rows.events);
    if (rows.timelines) await old.table('timelines').bulkPut(rows.timelines);
    old.close();

    const db = openTestDb(factory);
    const parsed = parseCaseRows(await db.cases.toArray());
    expect(byId(parsed.rows)).toEqual(byId(cases));
    expect(parsed.problems).toEqual([expect.stringMatching(/^cases "gmail:x:broken": /)]);
    for (const c of cases) expect(await loadEvents(db, c.id)).toEqual(timelineOf(events, c.id));
    expect(await db.reportSummaries.count()).toBe(50);
    expect(await db.reportSummaries.get('gmail:x:broken')).toBeUndefined();
    const expected = cases.map((c) => summaryRowOf(c, encodeTimeline(c.id, timelineOf(events, c.id))));
    for (const row of expected) expect(await db.reportSummaries.get(row.id)).toEqual({ ...row, seq: expect.any(Number) });
    // The index answers: cases still waiting are open-ended, the others end where their history does.
    const open = expected.filter((row) => row.activeUntil === 2 ** 53).map((row) => row.id);
    expect(open.length).toBeGreaterThan(5);
    expect(await db.reportSummaries.where('activeUntil').equals(2 ** 53).primaryKeys()).toEqual(open.sort());
    db.close();
  });
});

describe('v5 -> v6 (moveTeamWideDocs)', () => {
  const team = 'team:t-1';
  const docWith = (entries: Record<string, string>): Y.Doc => {
    const doc = new Y.Doc();
    for (const [key, value] of Object.entries(entries)) doc.getMap('m').set(key, value);
    return doc;
  };
  const contentOf = async (row: { doc: Y.Doc } | undefined): Promise<unknown> => {
    if (!row) return undefined;
    const provider = DexieYProvider.load(row.doc);
    await provider.whenLoaded;
    const json = row.doc.getMap('m').toJSON();
    DexieYProvider.release(row.doc);
    return json;
  };

  it('moves the board and the other team-wide documents, with every update (an offline edit included), and leaves case documents', async () => {
    const factory = new IDBFactory();
    // v5 as it was stored, with y-dexie (its updates table is what moves).
    const old = new Dexie('casebook-test', { indexedDB: factory, IDBKeyRange, addons: [yDexie] });
    declareVersions(old, SCHEMA_VERSIONS.filter((version) => version.version <= 5));
    await old.table('teamDocs').add({ name: `${team}/board`, doc: docWith({ a: 'first' }) });
    await old.table('teamDocs').add({ name: `${team}/settings`, doc: docWith({ s: 'admin' }) });
    await old.table('teamDocs').add({ name: `${team}/cases/conv-Ab3dE5gH7jK`, doc: docWith({ c: 'case' }) });
    await old.table('teamDocs').add({ name: `${team}/cases/conv-Ab3dE5gH7jK/history/2026-11`, doc: docWith({ h: 'old events' }) });
    // A later edit of the board, as its own update row (y-dexie stores one per change).
    const board = (await old.table('teamDocs').get(`${team}/board`)) as { doc: Y.Doc };
    const provider = DexieYProvider.load(board.doc);
    await provider.whenLoaded;
    board.doc.getMap('m').set('b', 'offline edit');
    await new Promise((resolve) => setTimeout(resolve, 50));
    DexieYProvider.release(board.doc);
    expect(await old.table('$teamDocs.doc_updates').where({ k: `${team}/board` }).count()).toBe(2);
    await old.table('teamSync').put({ name: `${team}/cases/conv-Ab3dE5gH7jK`, syncedAt: null, pendingSince: now });
    old.close();

    const db = openTestDb(factory);
    expect((await db.teamBoardDocs.toCollection().primaryKeys()).sort()).toEqual([`${team}/board`, `${team}/settings`]);
    expect((await db.teamDocs.toCollection().primaryKeys()).sort()).toEqual([`${team}/cases/conv-Ab3dE5gH7jK`, `${team}/cases/conv-Ab3dE5gH7jK/history/2026-11`]);
    expect(await contentOf(await db.teamBoardDocs.get(`${team}/board`))).toEqual({ a: 'first', b: 'offline edit' });
    expect(await contentOf(await db.teamBoardDocs.get(`${team}/settings`))).toEqual({ s: 'admin' });
    expect(await contentOf(await db.teamDocs.get(`${team}/cases/conv-Ab3dE5gH7jK`))).toEqual({ c: 'case' });
    // Nothing of the moved documents is left behind to be read twice; the case documents' updates stay.
    expect(await db.table('$teamDocs.doc_updates').where('k').anyOf([`${team}/board`, `${team}/settings`]).count()).toBe(0);
    expect(await db.table('$teamDocs.doc_updates').count()).toBe(2);
    expect(await db.teamSync.get(`${team}/cases/conv-Ab3dE5gH7jK`)).toEqual({ name: `${team}/cases/conv-Ab3dE5gH7jK`, syncedAt: null, pendingSince: now });
    db.close();
  });
});
