import { createReadStream, createWriteStream, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import type { SnapshotLine, StoreSummary } from './store-snapshot.ts';

/**
 * Writes a backup as gzip'd JSON lines. The file appears under its name only when complete
 * (written beside it, then renamed), so a backup cut short never looks like a good one.
 */
export async function writeBackupFile(path: string, produce: (emit: (line: SnapshotLine) => Promise<void>) => Promise<StoreSummary>): Promise<StoreSummary> {
  const partial = `${path}.partial`;
  const gzip = createGzip();
  const file = createWriteStream(partial, { mode: 0o600 });
  gzip.pipe(file);
  try {
    const summary = await produce(async (line) => {
      if (!gzip.write(`${JSON.stringify(line)}\n`)) await once(gzip, 'drain');
    });
    gzip.end();
    await once(file, 'close');
    renameSync(partial, path);
    return summary;
  } catch (error) {
    gzip.destroy();
    file.destroy();
    rmSync(partial, { force: true });
    throw error;
  }
}

/** The lines of a backup file, read as a stream. */
export async function* readBackupFile(path: string): AsyncGenerator<SnapshotLine> {
  const lines = createInterface({ input: createReadStream(path).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) if (line.trim()) yield JSON.parse(line) as SnapshotLine;
}
