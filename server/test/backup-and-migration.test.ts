import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/store/open-store.ts';
import { summariseStore } from '../src/store/store-snapshot.ts';
import { freshDataDir } from './helpers/data-dir.ts';
import { freshDatabase, postgresSkipped } from './helpers/databases.ts';
import { connectClient, eventually, type Client } from './helpers/provider-client.ts';
import { cli, joinWithCode, memberToken, startServer, type Joined, type ServerProcess } from './helpers/server-process.ts';

if (postgresSkipped) console.warn(`migrate-to-postgres test is SKIPPED: ${postgresSkipped}`);

function hashOf(output: string): string {
  const hash = /content hash ([0-9a-f]{64})/.exec(output)?.[1];
  if (!hash) throw new Error(`no content hash in: ${output}`);
  return hash;
}

describe('backup, restore and the move to PostgreSQL', () => {
  const dataDir = freshDataDir();
  const files = mkdtempSync(join(tmpdir(), 'casebook-backups-'));
  let server: ServerProcess;
  let alice: Joined;
  const clients: Client[] = [];

  beforeAll(async () => {
    server = await startServer(dataDir);
    alice = await memberToken(server, dataDir, 'alice@example.com', '--name', 'Alice', '--role', 'admin');
    await memberToken(server, dataDir, 'bob@example.com', '--name', 'Bob');
    for (let i = 0; i < 20; i++) {
      const c = connectClient(server.url, `support/cases/b${i}`, alice.token);
      clients.push(c);
      await c.synced();
      c.doc.getText('notes').insert(0, `note ${i}`);
    }
    await eventually(() => clients.every((c) => c.provider.unsyncedChanges === 0), 10_000, 'acks');
    // A backup holds what the store holds, and Hocuspocus stores a document seconds after its last
    // change (debounced): wait until every note is stored, i.e. the store count settles at 20 or more.
    const stores = async (): Promise<number> =>
      Number(/casebook_store_write_seconds_count (\d+)/.exec(await (await fetch(`${server.httpUrl}/metrics`)).text())?.[1] ?? 0);
    let last = -1;
    for (let settled = Date.now(), started = Date.now(); ; await new Promise((resolve) => setTimeout(resolve, 250))) {
      const now = await stores();
      if (now !== last) [last, settled] = [now, Date.now()];
      else if (now >= 20 && Date.now() - settled > 3000) break;
      if (Date.now() - started > 60_000) throw new Error(`the notes were not stored within 60 s (${now} stores)`);
    }
  }, 120_000);
  afterAll(async () => {
    for (const c of clients) c.destroy();
    await server.stop();
    rmSync(files, { recursive: true, force: true });
  });

  it('backs up while the server runs and members keep editing; the restore has the same content hash', async () => {
    let editing = true;
    const edits = (async () => {
      for (let n = 0; editing; n++) {
        clients[n % clients.length]!.doc.getMap('case').set('n', n);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    const file = join(files, 'running.backup.gz');
    const backup = cli(dataDir, ['backup', file]);
    editing = false;
    await edits;
    expect(backup.status, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(/members 2, .*documents \d+/);
    const restoreWhileRunning = cli(dataDir, ['restore', file]);
    expect(restoreWhileRunning.status).toBe(1);
    expect(restoreWhileRunning.stderr).toContain('stop it, restore, start it again');

    const elsewhere = freshDataDir();
    const restored = cli(elsewhere, ['restore', file]);
    expect(restored.status, restored.stderr).toBe(0);
    expect(hashOf(restored.stdout)).toBe(hashOf(backup.stdout));
    const store = await openStore({ kind: 'embedded', dataDir: elsewhere });
    expect((await summariseStore(store)).hash).toBe(hashOf(backup.stdout));
    await store.close();
    // The restored store serves the same team: Alice's device token still works there.
    const again = await startServer(elsewhere);
    try {
      const c = connectClient(again.url, 'support/cases/b7', alice.token);
      await c.synced();
      expect(c.doc.getText('notes').toString()).toBe('note 7');
      c.destroy();
    } finally {
      await again.stop();
    }
  }, 240_000);

  it.skipIf(postgresSkipped !== null)('moves the embedded store into PostgreSQL with equal counts and content hash', async () => {
    const before = cli(dataDir, ['backup', join(files, 'before-move.backup.gz')]);
    await server.stop();
    const databaseUrl = await freshDatabase();
    const refused = cli(dataDir, ['migrate-to-postgres']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('Set DATABASE_URL');
    const moved = cli(dataDir, ['migrate-to-postgres'], { DATABASE_URL: databaseUrl });
    expect(moved.status, moved.stderr).toBe(0);
    expect(moved.stdout).toMatch(/teams 1, members 2, join_codes 2, device_tokens 2, documents \d+, audit_log \d+/);
    const embedded = await openStore({ kind: 'embedded', dataDir });
    const postgres = await openStore({ kind: 'postgres', url: databaseUrl });
    try {
      const [a, b] = [await summariseStore(embedded), await summariseStore(postgres)];
      expect(b).toEqual(a);
      expect(hashOf(moved.stdout)).toBe(a.hash);
      expect(a.counts.documents).toBeGreaterThanOrEqual(20);
      expect(hashOf(before.stdout)).not.toBe(''); // the backup before the move names a hash too
    } finally {
      await embedded.close();
      await postgres.close();
    }
    // A second run refuses to copy over what is there now.
    const twice = cli(dataDir, ['migrate-to-postgres'], { DATABASE_URL: databaseUrl });
    expect(twice.status).toBe(1);
    expect(twice.stderr).toContain('migrate into an empty one');
    // The server on PostgreSQL serves the same documents to the same tokens.
    server = await startServer(dataDir, { DATABASE_URL: databaseUrl });
    const c = connectClient(server.url, 'support/cases/b3', alice.token);
    clients.push(c);
    await c.synced();
    expect(c.doc.getText('notes').toString()).toBe('note 3');
    // And a member can still join there with a new code.
    const code = /Join code: (\S+)/.exec(cli(dataDir, ['member', 'add', 'carol@example.com'], { DATABASE_URL: databaseUrl }).stdout)?.[1] ?? '';
    expect((await joinWithCode(server, code)).member.email).toBe('carol@example.com');
  }, 240_000);
});
