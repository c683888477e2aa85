import * as Y from 'yjs';
import type { Store, SqlClient } from './sql-client.ts';

/** The stored Yjs state of a document, or null for a new one. */
export async function fetchDocumentState(sql: SqlClient, name: string): Promise<Uint8Array | null> {
  const result = await sql.query<{ state: Uint8Array }>('select state from documents where name = $1', [name]);
  return result.rows[0]?.state ?? null;
}

/**
 * Stores a document's state merged with what is stored, never over it. With several instances
 * each one stores its own copy of a document; a copy that has not yet received another
 * instance's last update must not erase it. Yjs merges are commutative, so the row only grows
 * towards the union, whatever order the stores land in. The row lock orders concurrent stores.
 */
export async function storeDocumentState(store: Store, name: string, state: Uint8Array): Promise<void> {
  await store.transaction(async (tx) => {
    const inserted = await tx.query('insert into documents (name, state) values ($1, $2) on conflict (name) do nothing returning name', [name, state]);
    if (inserted.rows.length > 0) return;
    const current = await tx.query<{ state: Uint8Array }>('select state from documents where name = $1 for update', [name]);
    const stored = current.rows[0]?.state;
    const merged = stored ? mergeStates(stored, state) : state;
    if (stored && sameBytes(stored, merged)) return;
    await tx.query('update documents set state = $2, updated_at = now() where name = $1', [name, merged]);
  });
}

/** The union of two document states, as compact as a document encodes itself (deleted content collected). */
export function mergeStates(a: Uint8Array, b: Uint8Array): Uint8Array {
  // The usual case: the instance's copy already holds everything stored.
  if (containsState(b, a)) return b;
  const doc = new Y.Doc();
  Y.applyUpdate(doc, a);
  Y.applyUpdate(doc, b);
  const merged = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return merged;
}

/** Whether `whole` already has every insertion and deletion of `part`. */
function containsState(whole: Uint8Array, part: Uint8Array): boolean {
  const missing = Y.diffUpdate(part, Y.encodeStateVectorFromUpdate(whole));
  const decoded = Y.decodeUpdate(missing);
  if (decoded.structs.length > 0) return false;
  // Deletions carry no clock: compare the delete sets themselves.
  const deletedInWhole = Y.decodeUpdate(whole).ds;
  for (const [client, ranges] of decoded.ds.clients) {
    const have = deletedInWhole.clients.get(client) ?? [];
    for (const range of ranges) {
      if (!have.some((h) => h.clock <= range.clock && range.clock + range.len <= h.clock + h.len)) return false;
    }
  }
  return true;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}
