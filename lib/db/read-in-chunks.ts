import type { IndexableType, Table } from 'dexie';

/**
 * Hands every row of `table` to `each`, a chunk at a time in primary-key order. The next chunk
 * is asked for before `each` runs, so IndexedDB reads while the last chunk is being checked
 * instead of one waiting for the other (a backup of 50,000 cases and their timelines spends
 * about as long checking rows as reading them). Run it inside a transaction for one consistent
 * view: a request is always pending, so the transaction stays open.
 */
export async function forEachChunk<T, K extends IndexableType, Insert>(
  table: Table<T, K, Insert>,
  keyOf: (row: T) => K,
  size: number,
  each: (rows: T[]) => void,
): Promise<void> {
  const after = (key: K | null): Promise<T[]> =>
    (key === null ? table.orderBy(':id') : table.where(':id').above(key)).limit(size).toArray();
  let next = after(null);
  for (;;) {
    const rows = await next;
    const last = rows.at(-1);
    if (last === undefined) return;
    next = rows.length < size ? Promise.resolve([]) : after(keyOf(last));
    each(rows);
  }
}
