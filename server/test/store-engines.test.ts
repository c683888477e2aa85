import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { recordAudit } from '../src/store/audit-log.ts';
import { readBackupFile, writeBackupFile } from '../src/store/backup-file.ts';
import { createDeviceToken } from '../src/store/device-tokens.ts';
import { fetchDocumentState, mergeStates, storeDocumentState } from '../src/store/documents.ts';
import { issueJoinCode } from '../src/store/join-codes.ts';
import { loadSnapshot } from '../src/store/load-snapshot.ts';
import { upsertMember } from '../src/store/members.ts';
import { migrations } from '../src/store/migrations.ts';
import { openStore, type StoreLocation } from '../src/store/open-store.ts';
import type { Store } from '../src/store/sql-client.ts';
import { readSnapshot, summariseStore } from '../src/store/store-snapshot.ts';
import { storeTables } from '../src/store/store-tables.ts';
import { addTeam } from '../src/store/teams.ts';
import { freshDataDir } from './helpers/data-dir.ts';
import { freshDatabase, postgresSkipped } from './helpers/databases.ts';

if (postgresSkipped) console.warn(`store-engines: the PostgreSQL half is SKIPPED: ${postgresSkipped}`);

const engines: { name: string; skip: boolean; location: () => Promise<StoreLocation> }[] = [
  { name: 'embedded PGlite', skip: false, location: async () => ({ kind: 'embedded', dataDir: freshDataDir() }) },
  { name: 'PostgreSQL', skip: postgresSkipped !== null, location: async () => ({ kind: 'postgres', url: await freshDatabase() }) },
];

function docWith(edit: (doc: Y.Doc) => void, clientID?: number): Uint8Array {
  const doc = new Y.Doc();
  if (clientID !== undefined) doc.clientID = clientID;
  edit(doc);
  return Y.encodeStateAsUpdate(doc);
}

/** A store with a bit of everything: two teams, members, codes, tokens, documents, audit. */
async function fill(store: Store): Promise<void> {
  await addTeam(store, 'sales', 'Sales');
  for (const [team, email] of [['support', 'alice@example.com'], ['support', 'bob@example.com'], ['sales', 'carol@example.com']] as const) {
    const { member } = await upsertMember(store, { teamId: team, email, name: email.split('@')[0] });
    await issueJoinCode(store, member.id, 3600_000);
    await createDeviceToken(store, member.id, 'laptop');
    await recordAudit(store, { teamId: team, actor: 'admin', action: 'member-added', subject: email, detail: 'role member' });
  }
  for (let i = 0; i < 1200; i++) {
    await storeDocumentState(store, `support/cases/c${i}`, docWith((d) => d.getMap('case').set('status', i % 3 === 0 ? 'open' : 'closed')));
  }
}

describe.each(engines)('the store on $name', ({ skip, location }) => {
  let store: Store;
  let where: StoreLocation;

  beforeAll(async () => {
    if (skip) return;
    where = await location();
    store = await openStore(where);
  });
  afterAll(async () => {
    if (!skip) await store.close();
  });

  it.skipIf(skip)('runs the same migrations to the same tables', async () => {
    const versions = await store.query<{ version: number }>('select version from schema_migrations order by version');
    expect(versions.rows.map((r) => r.version)).toEqual(migrations.map((m) => m.version));
    const columns = await store.query<{ t: string; c: string }>(
      `select table_name as t, column_name as c from information_schema.columns where table_schema = 'public' and table_name <> 'schema_migrations' order by table_name, column_name`,
    );
    // Every column of the schema travels in backups and copies.
    const expected = storeTables.flatMap((t) => Object.keys(t.columns).map((c) => ({ t: t.name, c }))).sort((a, b) => (a.t + ' ' + a.c < b.t + ' ' + b.c ? -1 : 1));
    expect(columns.rows).toEqual(expected);
  });

  it.skipIf(skip)('merges a stored state with a stale copy instead of overwriting it', async () => {
    const name = 'support/cases/merge';
    const base = new Y.Doc();
    base.getMap('case').set('status', 'open');
    const onA = new Y.Doc();
    const onB = new Y.Doc();
    Y.applyUpdate(onA, Y.encodeStateAsUpdate(base));
    Y.applyUpdate(onB, Y.encodeStateAsUpdate(base));
    onA.getMap('case').set('owner', 'alice');
    onB.getText('notes').insert(0, 'called back');
    onB.getMap('case').delete('status');
    // Instance A stores first, then B with a copy that never saw A's change, then A again.
    await storeDocumentState(store, name, Y.encodeStateAsUpdate(onA));
    await storeDocumentState(store, name, Y.encodeStateAsUpdate(onB));
    await storeDocumentState(store, name, Y.encodeStateAsUpdate(onA));
    const read = new Y.Doc();
    Y.applyUpdate(read, (await fetchDocumentState(store, name))!);
    expect(read.getMap('case').toJSON()).toEqual({ owner: 'alice' });
    expect(read.getText('notes').toString()).toBe('called back');
  });

  it.skipIf(skip)('stores concurrent writes of one document without losing either', async () => {
    const name = 'support/cases/race';
    const states = Array.from({ length: 8 }, (_, i) => docWith((d) => d.getMap('case').set(`field${i}`, i), 1000 + i));
    await Promise.all(states.map((s) => storeDocumentState(store, name, s)));
    const read = new Y.Doc();
    Y.applyUpdate(read, (await fetchDocumentState(store, name))!);
    expect(Object.keys(read.getMap('case').toJSON()).sort()).toEqual(states.map((_, i) => `field${i}`).sort());
  });

  it.skipIf(skip)('backs up to a file and restores to the same content hash; refuses a truncated backup', async () => {
    await fill(store);
    const dir = mkdtempSync(join(tmpdir(), 'casebook-backup-'));
    const file = join(dir, 'store.backup.gz');
    const backedUp = await writeBackupFile(file, (emit) => readSnapshot(store, emit));
    expect(backedUp.counts).toMatchObject({ teams: 2, members: 3, join_codes: 3, device_tokens: 3, audit_log: 3 });
    expect(backedUp.counts.documents).toBe(1202);
    expect(await summariseStore(store)).toEqual(backedUp);

    const other = await openStore(await location());
    try {
      expect(await loadSnapshot(other, readBackupFile(file))).toEqual(backedUp);
      expect(await summariseStore(other)).toEqual(backedUp);
      // Identity sequences moved past the restored ids: a new member gets a fresh id.
      const { member } = await upsertMember(other, { teamId: 'support', email: 'new@example.com' });
      expect(member.id).toBeGreaterThan(3);

      // Cut the file before its summary: nothing changes.
      const before = await summariseStore(other);
      const lines: string[] = [];
      for await (const line of readBackupFile(file)) lines.push(JSON.stringify(line));
      const cut = join(dir, 'cut.backup.gz');
      writeFileSync(cut, gzipSync(lines.slice(0, -1).join('\n')));
      await expect(loadSnapshot(other, readBackupFile(cut))).rejects.toThrow(/cut short/);
      // A row changed in the file: its checksum no longer matches.
      const tampered = join(dir, 'tampered.backup.gz');
      writeFileSync(tampered, gzipSync(lines.map((l) => l.replace('carol@example.com', 'mallory@example.com')).join('\n')));
      await expect(loadSnapshot(other, readBackupFile(tampered))).rejects.toThrow(/checksum/);
      expect(await summariseStore(other)).toEqual(before);
    } finally {
      await other.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('mergeStates', () => {
  it('returns the newer copy itself when it already holds everything', () => {
    const doc = new Y.Doc();
    doc.getMap('m').set('a', 1);
    const older = Y.encodeStateAsUpdate(doc);
    doc.getMap('m').set('b', 2);
    doc.getMap('m').delete('a');
    const newer = Y.encodeStateAsUpdate(doc);
    expect(mergeStates(older, newer)).toBe(newer);
  });

  it('keeps a deletion only the stored state has', () => {
    const doc = new Y.Doc();
    doc.getMap('m').set('a', 1);
    const before = Y.encodeStateAsUpdate(doc);
    doc.getMap('m').delete('a');
    const deleted = Y.encodeStateAsUpdate(doc);
    const read = new Y.Doc();
    Y.applyUpdate(read, mergeStates(deleted, before));
    expect(read.getMap('m').toJSON()).toEqual({});
  });
});
