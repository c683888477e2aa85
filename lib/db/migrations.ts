import type { Transaction } from 'dexie';
import { indexKeysOfStoredRow } from './case-row';

/**
 * Named upgrades, one per schema version that changes data. Each runs inside Dexie's upgrade
 * transaction on rows of the previous version's shape, so it reads them defensively.
 */

/** v2: every case gets its index keys (sortKey, searchWords, openTickets), so the dashboard, search and ticket refresh use indexes. */
export async function addIndexKeys(tx: Transaction): Promise<void> {
  await tx
    .table('cases')
    .toCollection()
    .modify((row: Record<string, unknown>) => {
      Object.assign(row, indexKeysOfStoredRow(row));
    });
}
