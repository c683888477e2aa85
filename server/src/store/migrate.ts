import type { Migration } from './migrations.ts';
import type { Store } from './sql-client.ts';

/** Applies every migration newer than the store's version, each in its own transaction. Returns the versions applied. */
export async function migrate(store: Store, list: readonly Migration[]): Promise<number[]> {
  await store.query(`
    create table if not exists schema_migrations (
      version integer primary key,
      name text not null,
      applied_at timestamptz not null default now()
    )`);
  const done = await store.query<{ version: number }>('select version from schema_migrations');
  const applied = new Set(done.rows.map((row) => row.version));
  const sorted = [...list].sort((a, b) => a.version - b.version);
  const now: number[] = [];
  for (const migration of sorted) {
    if (applied.has(migration.version)) continue;
    await store.transaction(async (tx) => {
      // Statements one by one: a prepared query takes exactly one statement.
      for (const statement of splitStatements(migration.sql)) await tx.query(statement);
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [migration.version, migration.name]);
    });
    now.push(migration.version);
  }
  return now;
}

/** Our migrations hold no semicolons inside strings or bodies, so a plain split is enough. */
function splitStatements(sql: string): string[] {
  return sql
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}
