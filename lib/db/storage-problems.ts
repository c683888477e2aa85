import type Dexie from 'dexie';

/** Words for the storage failures a user can act on; null for anything else. */
export function storageProblem(error: unknown): string | null {
  const names = errorNames(error);
  if (names.has('QuotaExceededError')) {
    return 'The browser has no more room for Casebook’s data, so this change was not saved. Casebook keeps showing your cases and templates read-only; free disk space (or export and delete old closed cases) and it saves again.';
  }
  if (names.has('UpgradeBlockedError')) {
    return 'Casebook is updating its database, but an older Casebook page still has it open. Close the Casebook dashboard and options tabs (or restart the browser) to finish.';
  }
  if (names.has('DatabaseClosedError') || names.has('OpenFailedError') || names.has('InvalidStateError')) {
    return 'Casebook could not open its database. Restart the browser; if this stays, the browser profile’s storage may be damaged.';
  }
  return null;
}

/** Dexie wraps the browser's DOMException: look at the error and what it wraps. */
function errorNames(error: unknown): Set<string> {
  const names = new Set<string>();
  for (let e: unknown = error, depth = 0; e !== null && typeof e === 'object' && depth < 4; depth++) {
    const { name, inner } = e as { name?: unknown; inner?: unknown };
    if (typeof name === 'string') names.add(name);
    e = inner;
  }
  return names;
}

export class UpgradeBlockedError extends Error {
  override name = 'UpgradeBlockedError';
}

/**
 * Waits for the database to open, but not forever. An upgrade waits until every older
 * connection closes; Casebook's own pages close theirs when asked (Dexie's default), so only a
 * page that cannot (frozen, or an old copy) blocks it. Then requests get an answer in words
 * within `patienceMs` instead of hanging, and go through once the upgrade finishes.
 */
export function openingGuard(db: Dexie, patienceMs = 3000): () => Promise<void> {
  let blocked = false;
  db.on('blocked', () => {
    blocked = true;
  });
  return async () => {
    if (db.isOpen()) return;
    const opening = db.open().then(() => undefined);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const patience = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new UpgradeBlockedError(blocked ? 'upgrade blocked by an older connection' : 'the database did not open')), patienceMs);
    });
    try {
      await Promise.race([opening, patience]);
    } finally {
      clearTimeout(timer);
    }
  };
}
