import type { Migration } from './migrations.ts';
import type { Store } from './sql-client.ts';

// Any number: the key of the advisory lock that lets one instance at a time migrate.
const migrationLockKey = 7_202_612;

/**
 * Applies every migration newer than the store's version, all in one transaction (PostgreSQL's
 * DDL is transactional: a failure leaves the store as it was). Several instances starting at
 * once against one PostgreSQL wait for each other on an advisory lock. Returns the versions applied.
 */
export async function migrate(store: Store, list: readonly Migration[]): Promise<number[]> {
  return store.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [migrationLockKey]);
    await tx.query(`
      create table if not exists schema_migrations (
        version integer primary key,
        name text not null,
        applied_at timestamptz not null default now()
      )`);
    const done = await tx.query<{ version: number }>('select version from schema_migrations');
    const applied = new Set(done.rows.map((row) => row.version));
    const sorted = [...list].sort((a, b) => a.version - b.version);
    const now: number[] = [];
    for (const migration of sorted) {
      if (applied.has(migration.version)) continue;
      // Statements one by one: a prepared query takes exactly one statement.
      for (const statement of splitStatements(migration.sql)) await tx.query(statement);
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [migration.version, migration.name]);
      now.push(migration.version);
    }
    return now;
  });
}

/** Our migrations hold no semicolons inside strings or bodies, so a plain split is enough. */
function splitStatements(sql: string): string[] {
  return sql
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}
