import type { Role } from '../store/roles.ts';

// Who may write which of a team's documents (the names are in document-names.ts). Everyone in
// the team may read every one of them; a connection that may not write is read-only, and
// Hocuspocus then refuses its updates (and answers the provider "not synced").
const writers: Record<string, readonly Role[]> = {
  board: ['admin', 'member'],
  cases: ['admin', 'member'],
  // Presence travels as awareness, which read-only connections still send: a viewer shows as viewing.
  presence: ['admin', 'member'],
  templates: ['admin', 'member'],
  learning: ['admin', 'member'],
  settings: ['admin'],
  // Written by the server from the store (member add/remove), by nobody over the wire.
  members: [],
};

/** Whether `role` may change the document `rest` (`board`, `cases/<key>`, …). */
export function mayWrite(role: Role, rest: string): boolean {
  const kind = rest.split('/', 1)[0] ?? '';
  return writers[kind]?.includes(role) ?? false;
}
