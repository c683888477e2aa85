import { createHash } from 'node:crypto';
import type { SqlClient, Store } from './sql-client.ts';
import { currentSchemaVersion, type SnapshotLine, type StoreSummary } from './store-snapshot.ts';
import { storeTables, type ColumnType, type TableSpec } from './store-tables.ts';

const rowsPerInsert = 200;

/** A backup that cannot be loaded: shown to the admin as is. */
export class SnapshotError extends Error {}

/**
 * Replaces the whole content of `store` with a snapshot's rows, in one transaction: a broken or
 * truncated file leaves the store as it was. The rows are hashed on the way in and must match
 * the snapshot's own summary line.
 */
export async function loadSnapshot(store: Store, lines: AsyncIterable<SnapshotLine>): Promise<StoreSummary> {
  return store.transaction(async (tx) => {
    const iterator = lines[Symbol.asyncIterator]();
    const first = await iterator.next();
    const header = first.done ? null : first.value;
    if (header?.kind !== 'header' || header.format !== 'casebook-store') throw new SnapshotError('This is not a Casebook store backup.');
    const schemaVersion = await currentSchemaVersion(tx);
    if (header.schemaVersion > schemaVersion) {
      throw new SnapshotError(`The backup comes from a newer server (schema ${header.schemaVersion}; this one has ${schemaVersion}): update the server first.`);
    }
    for (const table of [...storeTables].reverse()) await tx.query(`delete from ${table.name}`);
    const hash = createHash('sha256');
    const counts: Record<string, number> = Object.fromEntries(storeTables.map((t) => [t.name, 0]));
    let pending = null as { table: TableSpec; columns: string[]; rows: (string | null)[][] } | null;
    const flush = async (): Promise<void> => {
      if (pending && pending.rows.length > 0) await insertRows(tx, pending.table, pending.columns, pending.rows);
      if (pending) pending.rows = [];
    };
    let summary: StoreSummary | null = null;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      const line = next.value;
      if (line.kind === 'summary') {
        summary = { counts: line.counts, hash: line.hash };
        break;
      }
      if (line.kind !== 'row') throw new SnapshotError('A backup has one header.');
      const table = storeTables.find((t) => t.name === line.table);
      const columns = header.tables[line.table];
      if (!table || !columns || columns.some((c) => !(c in table.columns)) || line.values.length !== columns.length) {
        throw new SnapshotError(`The backup has a row this server does not know (${line.table}).`);
      }
      if (pending?.table !== table) {
        await flush();
        pending = { table, columns, rows: [] };
      }
      pending.rows.push(line.values);
      hash.update(`${line.table}\t${JSON.stringify(line.values)}\n`);
      counts[line.table] = (counts[line.table] ?? 0) + 1;
      if (pending.rows.length >= rowsPerInsert) await flush();
    }
    await flush();
    if (!summary) throw new SnapshotError('The backup is cut short (no summary at its end): nothing was restored.');
    const loaded = { counts, hash: hash.digest('hex') };
    if (loaded.hash !== summary.hash) throw new SnapshotError('The backup does not match its own checksum: nothing was restored.');
    for (const table of storeTables) {
      if (table.identity) {
        await tx.query(
          `select setval(pg_get_serial_sequence('${table.name}', '${table.identity}'), coalesce((select max(${table.identity}) from ${table.name}), 0) + 1, false)`,
        );
      }
    }
    return loaded;
  });
}

async function insertRows(tx: SqlClient, table: TableSpec, columns: string[], rows: (string | null)[][]): Promise<void> {
  const params: unknown[] = [];
  const tuples = rows.map((row) => {
    const cells = row.map((value, i) => {
      const type = table.columns[columns[i]!]!;
      params.push(type === 'bytea' && value !== null ? Buffer.from(value, 'base64') : value);
      return writeExpression(`$${params.length}`, type);
    });
    return `(${cells.join(', ')})`;
  });
  const overriding = table.identity ? ' overriding system value' : '';
  await tx.query(`insert into ${table.name} (${columns.join(', ')})${overriding} values ${tuples.join(', ')}`, params);
}

function writeExpression(param: string, type: ColumnType): string {
  switch (type) {
    case 'text':
      return `${param}::text`;
    case 'bytea':
      return `${param}::bytea`;
    case 'int8':
      return `${param}::int8`;
    case 'timestamptz':
      return `(${param}::timestamp at time zone 'UTC')`;
  }
}
