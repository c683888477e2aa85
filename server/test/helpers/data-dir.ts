import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';

/** A fresh data directory holding an empty, already initialised PGlite cluster. */
export function freshDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'casebook-server-test-'));
  cpSync(inject('templatePgDir'), join(dir, 'pg'), { recursive: true });
  return dir;
}
