import { compressYDocs } from 'y-dexie';
import type { CasebookDb } from '../../db/database';

/** How often a member merges each team document's stored updates into one (y-dexie's own period). */
export const COMPACT_EVERY_MS = 5 * 60_000;

const running = new WeakMap<CasebookDb, Promise<void>>();

/**
 * Merges each stored team document's updates into one row (y-dexie's compressYDocs), unless it
 * was done within `skipIfWithinMs` (y-dexie keeps when in IndexedDB, so a woken worker does not
 * redo it). y-dexie would run it on its own timer, 10 s after the database opens and every 5
 * minutes, whatever the member is doing: the database turns that off (lib/db/database.ts) and
 * the team sync calls this when nothing is being brought up to date, so a first sync of
 * thousands of documents is not slowed by merging the updates it is storing. One run at a time.
 */
export function compactTeamDocs(db: CasebookDb, skipIfWithinMs = COMPACT_EVERY_MS): Promise<void> {
  const known = running.get(db);
  if (known) return known;
  const run = (async (): Promise<void> => {
    try {
      await compressYDocs(db, skipIfWithinMs);
    } finally {
      running.delete(db);
    }
  })();
  running.set(db, run);
  return run;
}
