import { Server, type Extension } from '@hocuspocus/server';
import type { Config } from '../config.ts';
import { redisHealth, storeHealth } from '../http/health.ts';
import { httpRoutes } from '../http/http-routes.ts';
import { TeamMetrics } from '../observability/team-metrics.ts';
import type { Store } from '../store/sql-client.ts';
import { authentication } from './authentication.ts';
import { messageGuard } from './message-guard.ts';
import { metricsCounters } from './metrics-counters.ts';
import { persistence } from './persistence.ts';
import { refusedWriteAudit } from './refused-write-audit.ts';
import { scaleOut } from './scale-out.ts';
import { sharedDocumentGuard } from './shared-document-guard.ts';
import type { TokenAccessCache } from './token-access-cache.ts';
import { transportGuard } from './transport-guard.ts';

/** Hocuspocus, configured: our code is these extensions, the engine does the rest. */
export function createTeamServer(store: Store, config: Config, tokens: TokenAccessCache): Server {
  const metrics = new TeamMetrics();
  const redis = config.redisUrl ? scaleOut(config.redisUrl, config.instanceName) : null;
  const healthChecks = [storeHealth(store), ...(redis ? [redisHealth(() => redis.pub.ping())] : [])];
  const extensions: Extension[] = [
    transportGuard(config.trustedProxies),
    authentication(store, tokens),
    messageGuard(config.maxMessageBytes),
    sharedDocumentGuard(),
    refusedWriteAudit(store),
    metricsCounters(metrics),
    ...(redis ? [redis] : []),
    persistence(store, metrics),
  ];
  const server: Server = new Server(
    {
      name: config.instanceName,
      port: config.port,
      address: config.host,
      quiet: true,
      // We stop the store and the lock ourselves after Hocuspocus has stored every document.
      stopOnSignals: false,
      extensions: [
        ...extensions,
        httpRoutes({
          store,
          trustedProxies: config.trustedProxies,
          joinFailuresPerMinute: config.joinFailuresPerMinute,
          healthChecks,
          metricsText: () => {
            const memory = process.memoryUsage();
            const instance = server.hocuspocus;
            let documentConnections = 0;
            for (const document of instance.documents.values()) documentConnections += document.getConnectionsCount();
            return metrics.render({
              connections: instance.getConnectionsCount(),
              documentConnections,
              documents: instance.getDocumentsCount(),
              rssBytes: memory.rss,
              heapBytes: memory.heapUsed,
            });
          },
        }),
      ],
    },
    // A hard ceiling for one frame, above the per-document cap: past it `ws` drops the socket
    // (1009) before buffering more; below it the message guard closes only that document.
    { maxPayload: config.maxMessageBytes * 2 + 64 * 1024 },
  );
  return server;
}
