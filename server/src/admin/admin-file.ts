import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where a running server's admin endpoint listens, and the secret it wants. Readable by its owner only. */
export interface AdminFile {
  pid: number;
  port: number;
  secret: string;
}

const fileName = 'admin.json';

export function writeAdminFile(dataDir: string, admin: AdminFile): void {
  const path = join(dataDir, fileName);
  rmSync(path, { force: true });
  writeFileSync(path, JSON.stringify(admin), { mode: 0o600, flag: 'wx' });
}

export function readAdminFile(dataDir: string): AdminFile | null {
  try {
    const parsed = JSON.parse(readFileSync(join(dataDir, fileName), 'utf8')) as Partial<AdminFile>;
    return typeof parsed.port === 'number' && typeof parsed.secret === 'string' && typeof parsed.pid === 'number' ? (parsed as AdminFile) : null;
  } catch {
    return null;
  }
}

export function removeAdminFile(dataDir: string): void {
  rmSync(join(dataDir, fileName), { force: true });
}
