import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../src/store/migrate.ts';
import { migrations, type Migration } from '../src/store/migrations.ts';
import { openStore } from '../src/store/open-store.ts';
import type { Store } from '../src/store/sql-client.ts';
import { isLock, tryLockStore } from '../src/store/store-lock.ts';
import { freshDataDir } from './helpers/data-dir.ts';

describe('the store', () => {
  const dataDir = freshDataDir();
  let store: Store;

  beforeAll(async () => {
    store = await openStore({ kind: 'embedded', dataDir });
  });
  afterAll(async () => {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('migrates an empty cluster to the latest version, with the default team', async () => {
    const versions = await store.query<{ version: number }>('select version from schema_migrations order by version');
    expect(versions.rows.map((r) => r.version)).toEqual(migrations.map((m) => m.version));
    const tables = await store.query<{ name: string }>(
      `select table_name as name from information_schema.tables where table_schema = 'public' order by table_name`,
    );
    expect(tables.rows.map((r) => r.name)).toEqual(['audit_log', 'device_tokens', 'documents', 'join_codes', 'members', 'schema_migrations', 'teams']);
    expect((await store.query('select id from teams')).rows).toEqual([{ id: 'support' }]);
  });

  it('applies only newer migrations, in version order, and nothing twice', async () => {
    expect(await migrate(store, migrations)).toEqual([]);
    const later: Migration[] = [
      { version: 1003, name: 'third', sql: `alter table teams add column c3 integer; update teams set c3 = c2 + 1` },
      ...migrations,
      { version: 1002, name: 'second', sql: `alter table teams add column c2 integer; update teams set c2 = 2` },
    ];
    expect(await migrate(store, later)).toEqual([1002, 1003]);
    expect((await store.query('select c2, c3 from teams')).rows).toEqual([{ c2: 2, c3: 3 }]);
    expect(await migrate(store, later)).toEqual([]);
  });

  it('rolls a failing migration back whole', async () => {
    const broken: Migration = { version: 99, name: 'broken', sql: `alter table teams add column half integer; select * from no_such_table` };
    await expect(migrate(store, [...migrations, broken])).rejects.toThrow(/no_such_table/);
    const columns = await store.query(`select 1 from information_schema.columns where table_name = 'teams' and column_name = 'half'`);
    expect(columns.rows).toEqual([]);
    expect((await store.query('select 1 from schema_migrations where version = 99')).rows).toEqual([]);
  });

  it('enforces roles and one member per email and team', async () => {
    await expect(store.query(`insert into members (team_id, email, role) values ('support', 'x@example.com', 'owner')`)).rejects.toThrow();
    await store.query(`insert into members (team_id, email) values ('support', 'y@example.com')`);
    await expect(store.query(`insert into members (team_id, email) values ('support', 'y@example.com')`)).rejects.toThrow();
    expect((await store.query(`select role, status from members where email = 'y@example.com'`)).rows).toEqual([{ role: 'member', status: 'active' }]);
  });
});

describe('the store lock', () => {
  it('lets one process in and takes over a lock left by a dead one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'casebook-lock-'));
    const first = tryLockStore(dir, 'server');
    expect(isLock(first)).toBe(true);
    const second = tryLockStore(dir, 'cli');
    expect(second).toEqual({ pid: process.pid, role: 'server' });
    if (isLock(first)) first.release();
    const third = tryLockStore(dir, 'cli');
    expect(isLock(third)).toBe(true);
    if (isLock(third)) third.release();
    rmSync(dir, { recursive: true, force: true });
  });
});
