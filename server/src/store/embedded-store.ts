import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { SqlClient, Store } from './sql-client.ts';

// PGlite's default 128 MB of shared buffers is most of the server's memory budget; a small
// team's store fits in far less.
const startParams = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];

/** Opens (creating if needed) the embedded PGlite store in `dataDir`/pg. Not migrated: see open-store. */
export async function openEmbeddedStore(dataDir: string): Promise<Store> {
  const pgDir = join(dataDir, 'pg');
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (!existsSync(join(pgDir, 'PG_VERSION'))) initialiseInChildProcess(pgDir);
  const db = await PGlite.create(pgDir, { startParams });
  const client = (q: Pick<PGlite, 'query'>): SqlClient => ({
    query: async <T>(text: string, params?: unknown[]) => ({ rows: (await q.query<T>(text, params)).rows }),
  });
  return {
    kind: 'embedded',
    ...client(db),
    transaction: (work) => db.transaction((tx) => work(client(tx))),
    // PGlite has one connection and runs one transaction at a time: any transaction is a snapshot.
    snapshot: (work) => db.transaction((tx) => work(client(tx))),
    listen: async (channel, handler) => {
      const stop = await db.listen(channel, handler);
      return async () => stop();
    },
    close: () => db.close(),
  };
}

// PGlite's initdb peaks near 800 MB and the process keeps that memory; doing it in a short-lived
// child keeps the server itself near 200 MB from its very first start.
function initialiseInChildProcess(pgDir: string): void {
  const script = `
    const { PGlite } = await import('@electric-sql/pglite');
    const db = await PGlite.create(process.argv[1]);
    await db.close();`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script, pgDir], {
    cwd: import.meta.dirname,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`could not create the store in ${pgDir} (initdb exited ${String(result.status)})`);
}
