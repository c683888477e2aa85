import { DexieYProvider } from 'y-dexie';
import type * as Y from 'yjs';
import type { CasebookDb } from '../../db/database';
import { teamDocTable } from '../../db/team-doc-tables';

/** How long to wait for a document's stored updates before going on with what is loaded. */
const LOAD_PATIENCE_MS = 3000;

/**
 * A shared document as this browser keeps it (y-dexie: every update stored in IndexedDB as it
 * happens, so edits made offline survive the service worker stopping and go out on reconnect).
 */
export async function loadTeamDoc(db: CasebookDb, name: string): Promise<Y.Doc> {
  const table = db[teamDocTable(name)];
  let row = await table.get(name);
  if (!row) {
    // Without `doc`: y-dexie creates the document empty (given one, it would store its state as an update).
    await db.table(table.name).put({ name });
    row = await table.get(name);
  }
  if (!row) throw new Error(`The team document ${name} could not be created.`);
  const provider = DexieYProvider.load(row.doc);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const loaded = await Promise.race([provider.whenLoaded.then(() => true), new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), LOAD_PATIENCE_MS)))]);
  clearTimeout(timer);
  if (!loaded) console.warn(`Casebook: the team document ${name} did not load from IndexedDB within ${LOAD_PATIENCE_MS} ms`);
  return row.doc;
}

export function releaseTeamDoc(doc: Y.Doc): void {
  DexieYProvider.release(doc);
}

/**
 * A case document's stored updates (y-dexie's rows in `$teamDocs.doc_updates`), oldest first:
 * applied to a plain Y.Doc, they give the document as this browser has it, without y-dexie's
 * live query (lib/background/team/team-sync.ts #fetchWhole).
 */
export async function readStoredUpdates(db: CasebookDb, name: string): Promise<Uint8Array[]> {
  const rows: unknown[] = await db.table('$teamDocs.doc_updates').where('k').equals(name).toArray();
  return rows.flatMap((row) => {
    const u = (row as { u?: unknown } | null)?.u;
    return u instanceof Uint8Array ? [u] : [];
  });
}
