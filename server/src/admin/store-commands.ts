import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import type { Config } from '../config.ts';
import { readBackupFile, writeBackupFile } from '../store/backup-file.ts';
import { loadSnapshot, SnapshotError } from '../store/load-snapshot.ts';
import { openStore, type StoreLocation } from '../store/open-store.ts';
import type { Store } from '../store/sql-client.ts';
import { isLock, tryLockStore } from '../store/store-lock.ts';
import { readSnapshot, summariseStore, type SnapshotLine, type StoreSummary } from '../store/store-snapshot.ts';
import { readAdminFile } from './admin-file.ts';
import { AdminError } from './admin-request.ts';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

/** `backup FILE`, `restore FILE`, `migrate-to-postgres`: whole-store commands. Returns what to print. */
export async function runStoreCommand(args: readonly string[], config: Config): Promise<string> {
  const [command, file, ...extra] = args;
  if (extra.length > 0) throw new AdminError(`Unexpected "${extra.join(' ')}".`);
  const path = file ? resolve(process.env.INIT_CWD ?? process.cwd(), file) : '';
  switch (command) {
    case 'backup':
      if (!file) throw new AdminError('backup needs a file name, like casebook-2026-12-05.backup.gz');
      return describe(`Backed up to ${path}`, await backup(config, path));
    case 'restore':
      if (!file) throw new AdminError('restore needs the backup file.');
      return describe(`Restored ${path}`, await restore(config, path));
    case 'migrate-to-postgres':
      if (file) throw new AdminError('migrate-to-postgres takes no file: it copies CASEBOOK_DATA into DATABASE_URL.');
      return migrateToPostgres(config);
    default:
      throw new AdminError(`Unknown command "${command ?? ''}".`);
  }
}

async function backup(config: Config, path: string): Promise<StoreSummary> {
  if (config.databaseUrl) {
    // PostgreSQL: a repeatable-read snapshot next to the running instances.
    return withStore({ kind: 'postgres', url: config.databaseUrl }, (store) => writeBackupFile(path, (emit) => readSnapshot(store, emit)));
  }
  return withEmbeddedStore(config, {
    alone: (store) => writeBackupFile(path, (emit) => readSnapshot(store, emit)),
    // The embedded store belongs to the running server: it reads the snapshot for us.
    running: (port, secret) => writeBackupFile(path, (emit) => backupThroughServer(port, secret, emit)),
  });
}

async function restore(config: Config, path: string): Promise<StoreSummary> {
  const load = async (store: Store): Promise<StoreSummary> => {
    try {
      return await loadSnapshot(store, readBackupFile(path));
    } catch (error) {
      if (error instanceof SnapshotError) throw new AdminError(error.message);
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new AdminError(`There is no file ${path}.`);
      throw error;
    }
  };
  if (config.databaseUrl) {
    return withStore({ kind: 'postgres', url: config.databaseUrl }, async (store) => {
      // Instances hold documents in memory and would store them over the restored ones.
      const running = await store.query<{ n: number }>(
        `select count(*)::int as n from pg_stat_activity where application_name like 'casebook-server%' and pid <> pg_backend_pid()`,
      );
      if ((running.rows[0]?.n ?? 0) > 0) throw new AdminError('Team server instances are connected to this database: stop them, restore, start them again.');
      return load(store);
    });
  }
  return withEmbeddedStore(config, {
    alone: load,
    running: () => {
      throw new AdminError('The team server is running on this store: stop it, restore, start it again.');
    },
  });
}

async function migrateToPostgres(config: Config): Promise<string> {
  if (!config.databaseUrl) throw new AdminError('Set DATABASE_URL to the PostgreSQL database to copy into (CASEBOOK_DATA is the embedded store to copy from).');
  const target = config.databaseUrl;
  return withEmbeddedStore(config, {
    running: () => {
      throw new AdminError('The team server is running on the embedded store: stop it first, so nothing changes during the copy.');
    },
    alone: async (source) =>
      withStore({ kind: 'postgres', url: target }, async (destination) => {
        const before = await summariseStore(destination);
        if ((before.counts.members ?? 0) > 0 || (before.counts.documents ?? 0) > 0) {
          throw new AdminError('The PostgreSQL database already holds members or documents: migrate into an empty one.');
        }
        const from = await summariseStore(source);
        await loadSnapshot(destination, snapshotLines(source));
        const to = await summariseStore(destination);
        const same = from.hash === to.hash && JSON.stringify(from.counts) === JSON.stringify(to.counts);
        if (!same) throw new Error(`the copy differs from the embedded store (hash ${from.hash} → ${to.hash}): do not use it`);
        return describe('Copied the embedded store into PostgreSQL; both sides have', to) + '\nStart the server with DATABASE_URL set from now on.';
      }),
  });
}

/** The snapshot of `store` as lines, for loading into another store without a file in between. */
async function* snapshotLines(store: Store): AsyncGenerator<SnapshotLine> {
  const lines: SnapshotLine[] = [];
  // Small stores fit; a large embedded store still streams row pages into this buffer first,
  // which is acceptable for a one-off migration (PGlite stores are small by nature).
  await readSnapshot(store, (line) => void lines.push(line));
  yield* lines;
}

async function backupThroughServer(port: number, secret: string, emit: (line: SnapshotLine) => Promise<void>): Promise<StoreSummary> {
  const response = await fetch(`http://127.0.0.1:${port}/backup`, { method: 'POST', headers: { Authorization: `Bearer ${secret}` } });
  if (!response.ok || !response.body) throw new Error(`the server refused the backup (${response.status})`);
  let summary: StoreSummary | null = null;
  for await (const text of createInterface({ input: Readable.fromWeb(response.body as never), crlfDelay: Infinity })) {
    if (!text) continue;
    const line = JSON.parse(text) as SnapshotLine;
    await emit(line);
    if (line.kind === 'summary') summary = { counts: line.counts, hash: line.hash };
  }
  if (!summary) throw new Error('the server stopped in the middle of the backup');
  return summary;
}

async function withStore<T>(location: StoreLocation, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(location, 'casebook-cli');
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

async function withEmbeddedStore<T>(
  config: Config,
  how: { alone: (store: Store) => Promise<T>; running: (port: number, secret: string) => Promise<T> },
): Promise<T> {
  mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  for (let waited = 0; waited < 30_000; waited += 200) {
    const lock = tryLockStore(config.dataDir, 'cli');
    if (isLock(lock)) {
      try {
        return await withStore({ kind: 'embedded', dataDir: config.dataDir }, how.alone);
      } finally {
        lock.release();
      }
    }
    const admin = lock.role === 'server' ? readAdminFile(config.dataDir) : null;
    if (admin && admin.pid === lock.pid) return how.running(admin.port, admin.secret);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new AdminError(`The store in ${config.dataDir} is busy; try again.`);
}

function describe(what: string, summary: StoreSummary): string {
  const counts = Object.entries(summary.counts)
    .map(([table, n]) => `${table} ${n}`)
    .join(', ');
  return `${what}: ${counts}\ncontent hash ${summary.hash}`;
}
