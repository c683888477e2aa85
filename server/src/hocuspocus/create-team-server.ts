import { Server } from '@hocuspocus/server';
import type { Config } from '../config.ts';
import { httpRoutes } from '../http/http-routes.ts';
import type { Store } from '../store/sql-client.ts';
import { authentication } from './authentication.ts';
import { messageGuard } from './message-guard.ts';
import { persistence } from './persistence.ts';
import { transportGuard } from './transport-guard.ts';

/** Hocuspocus, configured: our code is these extensions, the engine does the rest. */
export function createTeamServer(store: Store, config: Config): Server {
  return new Server(
    {
      name: 'casebook',
      port: config.port,
      address: config.host,
      quiet: true,
      // We stop the store and the lock ourselves after Hocuspocus has stored every document.
      stopOnSignals: false,
      extensions: [
        transportGuard(config.trustedProxies),
        authentication(store),
        messageGuard(config.maxMessageBytes),
        persistence(store),
        httpRoutes({ store, trustedProxies: config.trustedProxies, joinFailuresPerMinute: config.joinFailuresPerMinute }),
      ],
    },
    // A hard ceiling for one frame, above the per-document cap: past it `ws` drops the socket
    // (1009) before buffering more; below it the message guard closes only that document.
    { maxPayload: config.maxMessageBytes * 2 + 64 * 1024 },
  );
}
