import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { CaseEvent, SupportCase } from '../model/case';
import { numberedCase, T0 } from '../team/test-support';
import { findCase, loadEvents } from './cases-repository';
import { saveSharedCase, saveSharedCases } from './shared-cases';
import { openTestDb } from './test-db';

const subject = (i: number): string => `Case ${i}: passive-mode transfers time out`;
const caseOf = (i: number, overrides: Partial<SupportCase> = {}): SupportCase => ({ ...numberedCase(i, 'alice@example.com', subject(i), T0), ...overrides });
const event = (c: SupportCase, id: string, at = c.createdAt): CaseEvent => ({ id, caseId: c.id, at, actor: 'alice@example.com', type: 'note_changed', from: null, to: null, reason: 'Notes edited' });

/** Everything a projection leaves in the database for these cases: rows, timelines, summaries. */
async function stored(db: ReturnType<typeof openTestDb>, ids: readonly string[]) {
  return Promise.all(ids.map(async (id) => ({ row: (await findCase(db, id))?.case, events: (await loadEvents(db, id)).map((e) => e.id), summary: { ...(await db.reportSummaries.get(id)), seq: 0 } })));
}

describe('saveSharedCases: many projections in one transaction', () => {
  it('stores what saving them one by one stores', async () => {
    const cases = Array.from({ length: 12 }, (_, i) => caseOf(i, i % 3 === 0 ? { notes: `Note ${i}` } : {}));
    const items = cases.map((c, i) => ({ projected: c, events: i % 2 === 0 ? [event(c, `ev-${i}-a`), event(c, `ev-${i}-b`, c.createdAt + 1)] : [] }));
    const one = openTestDb(undefined, 'one-by-one');
    const bulk = openTestDb(undefined, 'bulk');
    // Half the cases are known already (a follow of a changed case), half are new (a first sync).
    for (const item of items.slice(0, 6)) {
      await saveSharedCase(one, { ...item.projected, notes: 'older' }, item.events.slice(0, 1));
      await saveSharedCase(bulk, { ...item.projected, notes: 'older' }, item.events.slice(0, 1));
    }
    const oneByOne = [];
    for (const item of items) oneByOne.push(await saveSharedCase(one, item.projected, item.events));
    const together = await saveSharedCases(bulk, items);
    expect(together).toEqual(oneByOne);
    expect(together.every((saved) => saved !== null)).toBe(true);
    expect(await stored(bulk, cases.map((c) => c.id))).toEqual(await stored(one, cases.map((c) => c.id)));
  });

  it('writes nothing for a case that did not change, and says so with null', async () => {
    const db = openTestDb(undefined, 'unchanged');
    const c = caseOf(1);
    await saveSharedCase(db, c, [event(c, 'ev-1')]);
    const version = (await findCase(db, c.id))!.case.version;
    const [same, moved] = await saveSharedCases(db, [{ projected: c, events: [event(c, 'ev-1')] }, { projected: caseOf(2), events: [] }]);
    expect(same).toBeNull();
    expect(moved?.id).toBe(caseOf(2).id);
    expect((await findCase(db, c.id))!.case.version).toBe(version);
  });

  it('a case given twice is saved on itself: both timelines kept, the version counted twice', async () => {
    const db = openTestDb(undefined, 'twice');
    const c = caseOf(4);
    const [first, second] = await saveSharedCases(db, [{ projected: { ...c, notes: 'first' }, events: [event(c, 'ev-a')] }, { projected: { ...c, notes: 'second' }, events: [event(c, 'ev-b', c.createdAt + 5)] }]);
    expect(first?.version).toBe(1);
    expect(second?.version).toBe(2);
    expect((await findCase(db, c.id))!.case).toMatchObject({ notes: 'second', version: 2 });
    expect((await loadEvents(db, c.id)).map((e) => e.id)).toEqual(['ev-a', 'ev-b']);
  });
});
