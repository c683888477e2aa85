import type { Server } from '@hocuspocus/server';

/** RFC 6455's "Service Restart": the browser should come back (to another instance) soon. */
export const serviceRestart = { code: 1012, reason: 'server restarting' };

/**
 * Stops an instance so that its members are elsewhere within seconds and nothing is lost.
 *
 * Hocuspocus' own `destroy()` closes each *document* connection with a message and keeps the
 * sockets open until every document is stored and unloaded; a browser only reconnects when its
 * socket closes, which then happened when the process exited (seconds to a minute later, under
 * load). Here the listener closes first (new sockets go to the other instances), then every
 * socket is closed at once with 1012, then the documents, still whole in memory, are stored as
 * Hocuspocus unloads them. A member's edit that this instance acknowledged is in memory and
 * stored here; one it did not is sent again by the browser to the next instance (Yjs sync
 * sends whatever the server lacks), and the stores merge (store/documents.ts).
 */
export async function stopGracefully(server: Server): Promise<void> {
  server.httpServer.close();
  for (const socket of server.webSocketServer.clients) socket.close(serviceRestart.code, serviceRestart.reason);
  await server.destroy();
}
