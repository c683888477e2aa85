import type { Handlers } from '../../messaging';
import { wrapHandlers } from '../wrap-handlers';

/**
 * Every request waits until the team workspace knows this browser's membership. A worker woken
 * by a request (MV3 stops idle workers) would otherwise answer it as if alone: it would open a
 * team conversation under this mailbox's own thread id, a second case beside the team's. The
 * wait is a storage read and the team documents' IndexedDB load, never the network.
 */
export function afterTeamStart(handlers: Handlers, started: () => Promise<unknown>): Handlers {
  return wrapHandlers(handlers, (handler) => async (payload, sender) => {
    await started();
    return handler(payload, sender);
  });
}
