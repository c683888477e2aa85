import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    templatePgDir: string;
  }
}

/**
 * PGlite's initdb takes ~5 s; do it once and let every test copy the empty cluster. Migrations
 * still run from empty in every test server (the template has no schema).
 */
export default function setup(project: TestProject): () => void {
  const root = mkdtempSync(join(tmpdir(), 'casebook-template-'));
  const pgDir = join(root, 'pg');
  const script = `const { PGlite } = await import('@electric-sql/pglite'); const db = await PGlite.create(process.argv[1]); await db.close();`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script, pgDir], { cwd: join(import.meta.dirname, '..'), stdio: 'inherit' });
  if (result.status !== 0) throw new Error('could not create the template PGlite cluster');
  project.provide('templatePgDir', pgDir);
  return () => rmSync(root, { recursive: true, force: true });
}
