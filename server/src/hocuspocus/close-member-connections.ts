import type { Hocuspocus } from '@hocuspocus/server';
import type WebSocket from 'ws';
import { memberContextOf } from './authentication.ts';
import { Refusal, type RefusalReason } from './refusal.ts';

/**
 * Closes every open connection of a member, on every document, and their sockets. The reason
 * reaches the provider first (close message per document); the provider then reconnects and is
 * refused at authentication while the member stays removed.
 */
export function closeMemberConnections(instance: Hocuspocus, memberId: number, reason: RefusalReason): number {
  const { code } = new Refusal(reason);
  const sockets = new Set<WebSocket>();
  for (const document of instance.documents.values()) {
    for (const { connection } of [...document.connections.values()]) {
      if (memberContextOf(connection.context)?.memberId !== memberId) continue;
      sockets.add(connection.webSocket);
      connection.close({ code, reason });
    }
  }
  for (const socket of sockets) socket.close(code, reason);
  return sockets.size;
}
