import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A data directory for instances on PostgreSQL: it holds no store, only what an instance writes beside it. */
export function freshDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'casebook-bench-'));
}
