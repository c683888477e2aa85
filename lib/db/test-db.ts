import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { CasebookDb } from './database';

/** A database in its own in-memory IndexedDB, so tests never see each other's rows. */
export function openTestDb(factory: IDBFactory = new IDBFactory(), name = 'casebook-test'): CasebookDb {
  return new CasebookDb(name, { indexedDB: factory, IDBKeyRange });
}
