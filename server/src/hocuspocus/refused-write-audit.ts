import type { beforeHandleMessagePayload, Extension } from '@hocuspocus/server';
import * as decoding from 'lib0/decoding';
import { recordAudit } from '../store/audit-log.ts';
import type { SqlClient } from '../store/sql-client.ts';
import { memberContextOf } from './authentication.ts';

const messageSync = 0;
const syncUpdate = 2;
// A viewer typing sends an update per keystroke: one entry per connection and document a minute.
const quietMs = 60_000;

/**
 * Records in the audit log when a read-only connection sends an update (Hocuspocus refuses
 * it: the connection is read-only). Only who, which document and when: never the update.
 */
export function refusedWriteAudit(store: SqlClient, now: () => number = Date.now): Extension {
  const lastLogged = new WeakMap<object, Map<string, number>>();
  return {
    extensionName: 'casebook-refused-write-audit',
    async beforeHandleMessage({ connection, context, documentName, update }: beforeHandleMessagePayload): Promise<void> {
      if (!connection.readOnly || !isSyncUpdate(update)) return;
      const member = memberContextOf(context);
      if (!member) return;
      const seen = lastLogged.get(connection) ?? new Map<string, number>();
      lastLogged.set(connection, seen);
      const at = now();
      if (at - (seen.get(documentName) ?? -Infinity) < quietMs) return;
      seen.set(documentName, at);
      await recordAudit(store, { teamId: member.teamId, actor: member.email, action: 'write-refused', subject: documentName, detail: `role ${member.role}` });
    },
  };
}

function isSyncUpdate(message: Uint8Array): boolean {
  try {
    const decoder = decoding.createDecoder(message);
    decoding.readVarString(decoder);
    return decoding.readVarUint(decoder) === messageSync && decoding.readVarUint(decoder) === syncUpdate;
  } catch {
    return false; // the message guard refuses what does not decode
  }
}
