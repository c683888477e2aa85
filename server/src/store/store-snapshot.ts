import { createHash } from 'node:crypto';
import type { SqlClient, Store } from './sql-client.ts';
import { storeTables, type ColumnType, type TableSpec } from './store-tables.ts';

/** One line of a backup: the header, a row (values as text, bytea as base64), or the closing summary. */
export type SnapshotLine =
  | { kind: 'header'; format: 'casebook-store'; version: 1; schemaVersion: number; tables: Record<string, string[]> }
  | { kind: 'row'; table: string; values: (string | null)[] }
  | { kind: 'summary'; counts: Record<string, number>; hash: string };

export interface StoreSummary {
  counts: Record<string, number>;
  /** SHA-256 over every row of every table in key order: equal hashes, equal stores. */
  hash: string;
}

const pageSize = 500;

/**
 * Reads the whole store at one moment (a read-only snapshot transaction: members keep working
 * meanwhile) and hands each line to `emit`, page by page so memory stays flat.
 */
export async function readSnapshot(store: Store, emit: (line: SnapshotLine) => Promise<void> | void): Promise<StoreSummary> {
  return store.snapshot(async (tx) => {
    const schemaVersion = await currentSchemaVersion(tx);
    await emit({ kind: 'header', format: 'casebook-store', version: 1, schemaVersion, tables: Object.fromEntries(storeTables.map((t) => [t.name, Object.keys(t.columns)])) });
    const hash = createHash('sha256');
    const counts: Record<string, number> = {};
    for (const table of storeTables) {
      counts[table.name] = 0;
      for await (const values of readTable(tx, table)) {
        hash.update(`${table.name}\t${JSON.stringify(values)}\n`);
        counts[table.name]!++;
        await emit({ kind: 'row', table: table.name, values });
      }
    }
    const summary = { counts, hash: hash.digest('hex') };
    await emit({ kind: 'summary', ...summary });
    return summary;
  });
}

/** Counts and content hash of a store, as a backup of it would say. */
export function summariseStore(store: Store): Promise<StoreSummary> {
  return readSnapshot(store, () => {});
}

async function* readTable(tx: SqlClient, table: TableSpec): AsyncGenerator<(string | null)[]> {
  const names = Object.keys(table.columns);
  const select = names.map((name) => readExpression(name, table.columns[name]!)).join(', ');
  const keyIndex = names.indexOf(table.key);
  const keyType = table.columns[table.key]!;
  const after = keyType === 'int8' ? `${table.key} > $1::int8` : `${table.key} collate "C" > $1`;
  const order = keyType === 'int8' ? table.key : `${table.key} collate "C"`;
  let last: string | null = null;
  for (;;) {
    const result: { rows: Record<string, unknown>[] } =
      last === null
        ? await tx.query(`select ${select} from ${table.name} order by ${order} limit ${pageSize}`)
        : await tx.query(`select ${select} from ${table.name} where ${after} order by ${order} limit ${pageSize}`, [last]);
    for (const row of result.rows) yield names.map((name) => textOf(row[name]));
    if (result.rows.length < pageSize) return;
    last = textOf(result.rows[result.rows.length - 1]?.[names[keyIndex]!]);
  }
}

// Text forms that are the same on PGlite and PostgreSQL, whatever the session's time zone.
function readExpression(name: string, type: ColumnType): string {
  switch (type) {
    case 'text':
    case 'bytea':
      return name;
    case 'int8':
      return `${name}::text as ${name}`;
    case 'timestamptz':
      return `to_char(${name} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') as ${name}`;
  }
}

function textOf(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64');
  return String(value);
}

export async function currentSchemaVersion(sql: SqlClient): Promise<number> {
  const result = await sql.query<{ version: number | null }>('select max(version) as version from schema_migrations');
  return result.rows[0]?.version ?? 0;
}
