import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

// PGlite is one process per data directory: a second opener would corrupt it. This lock file
// says who has it: the server (then the CLI talks to it over the admin endpoint) or a CLI run.
export type LockHolder = { pid: number; role: 'server' | 'cli' };

export interface StoreLock {
  release(): void;
}

const lockName = 'store.lock';

/** Takes the lock, or returns who holds it. A lock left by a dead process is taken over. */
export function tryLockStore(dataDir: string, role: LockHolder['role']): StoreLock | LockHolder {
  const path = join(dataDir, lockName);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      writeSync(fd, JSON.stringify({ pid: process.pid, role } satisfies LockHolder));
      closeSync(fd);
      return { release: () => rmSync(path, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readLockHolder(dataDir);
      if (holder && isAlive(holder.pid)) return holder;
      rmSync(path, { force: true });
    }
  }
  throw new Error(`could not take ${path}`);
}

export function readLockHolder(dataDir: string): LockHolder | null {
  try {
    const parsed = JSON.parse(readFileSync(join(dataDir, lockName), 'utf8')) as Partial<LockHolder>;
    return typeof parsed.pid === 'number' && (parsed.role === 'server' || parsed.role === 'cli') ? (parsed as LockHolder) : null;
  } catch {
    return null;
  }
}

export function isLock(value: StoreLock | LockHolder): value is StoreLock {
  return 'release' in value;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
