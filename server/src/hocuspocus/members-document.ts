import type { Hocuspocus } from '@hocuspocus/server';
import { listActiveMembers } from '../store/members.ts';
import type { SqlClient } from '../store/sql-client.ts';
import { membersDocumentName } from './document-names.ts';

/** One entry of the members document's Y.Map `members`, keyed by email. */
export interface MemberEntry {
  name: string;
  role: string;
}

const serverOrigin = 'casebook-server';

/**
 * Brings `<teamId>/members` in step with the store: the owner picker and presence names read it.
 * Idempotent, and it touches only entries that changed, so clients see small updates.
 */
export async function syncMembersDocument(instance: Hocuspocus, store: SqlClient, teamId: string): Promise<void> {
  const members = await listActiveMembers(store, teamId);
  const wanted = new Map(members.map((m) => [m.email, { name: m.name, role: m.role } satisfies MemberEntry]));
  const connection = await instance.openDirectConnection(membersDocumentName(teamId), { server: true });
  try {
    await connection.transact((document) => {
      const map = document.getMap<MemberEntry>('members');
      document.transact(() => {
        for (const email of [...map.keys()]) if (!wanted.has(email)) map.delete(email);
        for (const [email, entry] of wanted) {
          const current = map.get(email);
          if (current?.name !== entry.name || current.role !== entry.role) map.set(email, entry);
        }
      }, serverOrigin);
    });
  } finally {
    await connection.disconnect();
  }
}
