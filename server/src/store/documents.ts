import type { SqlClient } from './sql-client.ts';

/** The stored Yjs state of a document, or null for a new one. */
export async function fetchDocumentState(sql: SqlClient, name: string): Promise<Uint8Array | null> {
  const result = await sql.query<{ state: Uint8Array }>('select state from documents where name = $1', [name]);
  return result.rows[0]?.state ?? null;
}

export async function storeDocumentState(sql: SqlClient, name: string, state: Uint8Array): Promise<void> {
  await sql.query(
    `insert into documents (name, state) values ($1, $2)
     on conflict (name) do update set state = excluded.state, updated_at = now()`,
    [name, state],
  );
}
