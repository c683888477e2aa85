import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DATABASE_NAME } from './database';
import { openingGuard, storageProblem, UpgradeBlockedError } from './storage-problems';
import { openTestDb } from './test-db';

describe('storageProblem: words a user can act on', () => {
  it.each([
    ['the browser’s quota error', new DOMException('Quota exceeded', 'QuotaExceededError'), /no more room/],
    ['Dexie’s wrapper around it', Object.assign(new Error('wrapped'), { name: 'AbortError', inner: new DOMException('q', 'QuotaExceededError') }), /no more room/],
    ['a blocked upgrade', new UpgradeBlockedError('x'), /older Casebook page still has it open/],
    ['a closed database', Object.assign(new Error('closed'), { name: 'DatabaseClosedError' }), /could not open its database/],
  ])('%s', (_what, error, words) => {
    expect(storageProblem(error)).toMatch(words);
  });

  it.each([new Error('This case no longer exists.'), 'text', null, { inner: { inner: { inner: { inner: { inner: {} } } } } }])('leaves other errors alone (%j)', (error) => {
    expect(storageProblem(error)).toBeNull();
  });
});

describe('openingGuard: an upgrade blocked by an old connection answers in words, then goes through', () => {
  it('rejects within its patience while blocked, and opens once the old connection closes', async () => {
    const factory = new IDBFactory();
    // An old page holding version 1 that does not close when asked (not Dexie's default).
    const old = new Dexie(DATABASE_NAME, { indexedDB: factory, IDBKeyRange });
    old.version(1).stores({ cases: 'id' });
    await old.open();
    old.on('versionchange', () => false); // returning false keeps Dexie from closing it
    const db = openTestDb(factory, DATABASE_NAME);
    const ready = openingGuard(db, 200);
    const started = Date.now();
    await expect(ready()).rejects.toBeInstanceOf(UpgradeBlockedError);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(storageProblem(await ready().catch((error: unknown) => error))).toMatch(/older Casebook page/);
    old.close();
    await ready();
    expect(db.isOpen()).toBe(true);
    expect(db.verno).toBeGreaterThan(1);
  });

  it('costs nothing once open', async () => {
    const db = openTestDb();
    const ready = openingGuard(db, 50);
    await ready();
    await ready();
    expect(db.isOpen()).toBe(true);
  });
});
