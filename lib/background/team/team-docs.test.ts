import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { openTestDb } from '../../db/test-db';
import { loadTeamDoc, readStoredUpdates, releaseTeamDoc } from './team-docs';

const CASE = 'team:support/cases/conv-Ab3dE5gH7jK';
const BOARD = 'team:support/board';

/** Lets the updates' writes (not awaited by an edit) reach IndexedDB. */
const settled = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 50));

describe('team documents in IndexedDB (y-dexie tables, loaded without its live query)', () => {
  it('stores each change as an update row, and a later load reads them all', async () => {
    const db = openTestDb(undefined, 'edits');
    const doc = await loadTeamDoc(db, CASE);
    doc.getMap('case').set('status', 'new');
    doc.getMap('case').set('status', 'acknowledged');
    doc.getArray('timeline').push(['created']);
    await settled();
    expect(await readStoredUpdates(db, CASE)).toHaveLength(3);
    releaseTeamDoc(db, doc);

    const again = await loadTeamDoc(db, CASE);
    expect(again).not.toBe(doc);
    expect(again.getMap('case').get('status')).toBe('acknowledged');
    expect(again.getArray('timeline').toArray()).toEqual(['created']);
    // What was read back is not stored a second time.
    await settled();
    expect(await readStoredUpdates(db, CASE)).toHaveLength(3);
    // The document's row exists (y-dexie's merging walks the documents that have one).
    expect(await db.teamDocs.get(CASE)).toBeDefined();
  });

  it('gives one copy while anyone holds it, and frees it when the last lets go', async () => {
    const db = openTestDb(undefined, 'shared');
    const [a, b] = await Promise.all([loadTeamDoc(db, BOARD), loadTeamDoc(db, BOARD)]);
    expect(a).toBe(b);
    releaseTeamDoc(db, a);
    expect(a.isDestroyed).toBe(false);
    // Asked for again before the last release: still the same copy.
    const c = await loadTeamDoc(db, BOARD);
    expect(c).toBe(a);
    releaseTeamDoc(db, b);
    releaseTeamDoc(db, c);
    expect(a.isDestroyed).toBe(true);
    // The board's updates go to its own table (lib/db/team-doc-tables.ts).
    const board = await loadTeamDoc(db, BOARD);
    board.getMap('cases').set('conv-Ab3dE5gH7jK', { status: 'new' });
    await settled();
    expect(await db.table('$teamBoardDocs.doc_updates').count()).toBe(1);
    expect(await db.table('$teamDocs.doc_updates').count()).toBe(0);
  });

  it('reads a document stored by y-dexie itself (a row added with its Y.Doc, as a first sync stores it)', async () => {
    const db = openTestDb(undefined, 'from-y-dexie');
    const source = new Y.Doc();
    source.getMap('case').set('subject', 'Uploads stall after upgrade');
    // Dexie's types leave Y.Doc properties out of inserts; y-dexie allows one on add().
    await db.table('teamDocs').add({ name: CASE, doc: source });
    const doc = await loadTeamDoc(db, CASE);
    expect(doc.getMap('case').get('subject')).toBe('Uploads stall after upgrade');
    releaseTeamDoc(db, doc);
  });
});
