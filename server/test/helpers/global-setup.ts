import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startPostgres, startRedis } from './real-services.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    templatePgDir: string;
    /** URL of the test PostgreSQL's `postgres` database, or why there is none. */
    postgres: { url: string } | { skipped: string };
    redis: { url: string } | { skipped: string };
  }
}

/**
 * PGlite's initdb takes ~5 s; do it once and let every test copy the empty cluster. Migrations
 * still run from empty in every test server (the template has no schema). PostgreSQL and Redis
 * start once for the whole run, when they are installed.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = mkdtempSync(join(tmpdir(), 'casebook-template-'));
  const pgDir = join(root, 'pg');
  const script = `const { PGlite } = await import('@electric-sql/pglite'); const db = await PGlite.create(process.argv[1]); await db.close();`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script, pgDir], { cwd: join(import.meta.dirname, '..'), stdio: 'inherit' });
  if (result.status !== 0) throw new Error('could not create the template PGlite cluster');
  project.provide('templatePgDir', pgDir);
  const [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
  project.provide('postgres', 'url' in postgres ? { url: postgres.url } : postgres);
  project.provide('redis', 'url' in redis ? { url: redis.url } : redis);
  for (const [name, started] of [['PostgreSQL', postgres], ['Redis', redis]] as const) {
    if ('skipped' in started) console.warn(`\n!! ${name} tests are SKIPPED: ${started.skipped}\n`);
  }
  return async () => {
    if ('stop' in postgres) await postgres.stop();
    if ('stop' in redis) await redis.stop();
    rmSync(root, { recursive: true, force: true });
  };
}
