import * as Y from 'yjs';
import type { CasebookDb } from '../../db/database';
import { teamDocTable } from '../../db/team-doc-tables';

/**
 * A shared document as this browser keeps it: y-dexie's tables (the document's row, and each of
 * its updates stored in IndexedDB as it happens, so edits made offline survive the service
 * worker stopping and go out on reconnect; y-dexie merges them, compaction.ts).
 *
 * Loaded here rather than with y-dexie's DexieYProvider: that one watches each loaded document
 * with a live query over *every* stored update after the document's own last one, there for
 * another page writing the same document. Only the background writes team documents, and that
 * query re-read thousands of rows each time any update was stored on a settled team (20 members,
 * 2,000 open cases: 5.4 s of one member's 18 s of work during 40 changes, `BENCH_PROFILE` of
 * `npm run bench:team-clients`). So a document is read once, and what changes it after is stored.
 */
/** A loaded document and how many hold it (counted when asked for, so a release meanwhile cannot free it). */
interface Loaded {
  loading: Promise<Y.Doc>;
  users: number;
}

/** Updates read back from IndexedDB: not stored again. */
const FROM_STORE = Symbol('casebook-from-store');

const loadedOf = new WeakMap<CasebookDb, Map<string, Loaded>>();

/** The document `name`, loaded with its stored updates; one copy per name while any user holds it (release it once each). */
export async function loadTeamDoc(db: CasebookDb, name: string): Promise<Y.Doc> {
  const loaded = loadedOf.get(db) ?? new Map<string, Loaded>();
  loadedOf.set(db, loaded);
  let entry = loaded.get(name);
  if (!entry) {
    const created: Loaded = { loading: load(db, name), users: 0 };
    created.loading.catch(() => {
      if (loaded.get(name) === created) loaded.delete(name);
    });
    loaded.set(name, created);
    entry = created;
  }
  entry.users += 1;
  return entry.loading;
}

async function load(db: CasebookDb, name: string): Promise<Y.Doc> {
  const table = teamDocTable(name);
  // The row first: y-dexie's merging walks the updates of documents that have one.
  await db.transaction('rw', db.table(table), async () => {
    if ((await db.table(table).where(':id').equals(name).count()) === 0) await db.table(table).add({ name });
  });
  const doc = new Y.Doc({ guid: name });
  const updates = await readStoredUpdates(db, name);
  Y.transact(doc, () => updates.forEach((update) => Y.applyUpdateV2(doc, update)), FROM_STORE);
  const updatesTable = db.table(`$${table}.doc_updates`);
  doc.on('updateV2', (update: Uint8Array, origin: unknown) => {
    if (origin === FROM_STORE) return;
    // y-dexie's row shape (`f`: made or received here, as y-dexie marks its own).
    updatesTable.add({ k: name, u: update, f: 1 }).catch((error: unknown) => console.warn(`Casebook: an update of the team document ${name} could not be stored`, error));
  });
  return doc;
}

/** Lets go of a document from loadTeamDoc: freed once its last user lets go (its updates stay stored). */
export function releaseTeamDoc(db: CasebookDb, doc: Y.Doc): void {
  const loaded = loadedOf.get(db);
  const entry = loaded?.get(doc.guid);
  if (!loaded || !entry) return;
  entry.users -= 1;
  if (entry.users > 0) return;
  loaded.delete(doc.guid);
  doc.destroy();
}

/** A document's stored updates (y-dexie's rows), oldest first: applied to a Y.Doc, they give the document as this browser has it. */
export async function readStoredUpdates(db: CasebookDb, name: string): Promise<Uint8Array[]> {
  const rows: unknown[] = await db.table(`$${teamDocTable(name)}.doc_updates`).where('k').equals(name).toArray();
  return rows.flatMap((row) => {
    const u = (row as { u?: unknown } | null)?.u;
    return u instanceof Uint8Array ? [u] : [];
  });
}
