import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { CaseEvent, SupportCase } from '../model/case';
import { countCases, listCasesWithOpenTickets, loadEvents } from './cases-repository';
import { listCasesPage } from './dashboard-page';
import { declareVersions, SCHEMA_VERSIONS } from './database';
import { mulberry32, seedCases } from './seed';
import { openTestDb } from './test-db';

const now = Date.parse('2026-11-26T12:00:00Z');

/** Builds a database exactly as version `upTo` left it. */
function openVersion(factory: IDBFactory, upTo: number): Dexie {
  const db = new Dexie('casebook-test', { indexedDB: factory, IDBKeyRange });
  declareVersions(db, SCHEMA_VERSIONS.filter((version) => version.version <= upTo));
  return db;
}

describe('schema versions', () => {
  it('are listed oldest first, each once, and every version after the first has an upgrade', () => {
    const numbers = SCHEMA_VERSIONS.map((version) => version.version);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(SCHEMA_VERSIONS.slice(1).every((version) => typeof version.upgrade === 'function')).toBe(true);
  });
});

describe('v1 -> v2 (addIndexKeys)', () => {
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
      expect(SupportCase.safeParse(row).success).toBe(true);
      expect(typeof row.sortKey).toBe('number');
      expect(Array.isArray(row.searchWords) && Array.isArray(row.openTickets)).toBe(true);
    }
    expect((await db.events.toArray()).every((event) => CaseEvent.safeParse(event).success)).toBe(true);
    expect(await db.templates.count()).toBe(1);
    expect(await db.corrections.count()).toBe(1);

    // The new indexes answer as the data says.
    const expected = { needsResponse: cases.filter((c) => c.dueAt !== null).length, overdue: cases.filter((c) => c.dueAt !== null && c.dueAt < now).length, total: 60 };
    expect(await countCases(db, now)).toEqual(expected);
    expect((await listCasesWithOpenTickets(db)).map((c) => c.id).sort()).toEqual(cases.filter((c) => c.tickets.length > 0).map((c) => c.id).sort());
    const first = cases[0]!;
    expect((await loadEvents(db, first.id)).map((event) => event.id)).toEqual(events.filter((event) => event.caseId === first.id).map((event) => event.id));
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
