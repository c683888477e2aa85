import type { Extension, onRequestPayload } from '@hocuspocus/server';
import type { Store } from '../store/sql-client.ts';
import { FailureRateLimit } from './failure-rate-limit.ts';
import { checkHealth, type HealthCheck } from './health.ts';
import { handleJoin } from './join-route.ts';
import { sendJson } from './json-response.ts';

export interface HttpRoutesOptions {
  store: Store;
  trustedProxies: ReadonlySet<string>;
  joinFailuresPerMinute: number;
  /** Store, and Redis when there is one: `/health` answers 503 when one of them does not answer. */
  healthChecks: readonly HealthCheck[];
  /** The Prometheus text of `/metrics`. */
  metricsText(): string;
}

/** `GET /health`, `GET /metrics` and `POST /join`, on the WebSocket's own port through Hocuspocus' onRequest. */
export function httpRoutes(options: HttpRoutesOptions): Extension {
  const limit = new FailureRateLimit(options.joinFailuresPerMinute, 60_000);
  return {
    extensionName: 'casebook-http-routes',
    async onRequest({ request, response }: onRequestPayload): Promise<void> {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      try {
        if (request.method === 'OPTIONS') {
          response.writeHead(204, {
            'Access-Control-Allow-Origin': '*',
            'Access-Control-Allow-Methods': 'GET, POST',
            'Access-Control-Allow-Headers': 'Content-Type',
            'Access-Control-Max-Age': '600',
          });
          response.end();
        } else if (path === '/health') {
          const report = await checkHealth(options.healthChecks);
          sendJson(response, report.ok ? 200 : 503, report);
        } else if (path === '/metrics') {
          const text = options.metricsText();
          response.writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4; charset=utf-8', 'Cache-Control': 'no-store' });
          response.end(text);
        }
        else if (path === '/join') await handleJoin(request, response, { store: options.store, trustedProxies: options.trustedProxies, limit });
        else sendJson(response, 404, { error: `Nothing at ${path}. This is a Casebook team server: members connect with wss://.`, reason: 'not-found' });
      } catch (error) {
        console.error('casebook: request failed', error);
        if (!response.headersSent) sendJson(response, 500, { error: 'The server failed to answer; see its log.', reason: 'internal' });
      }
      // Hocuspocus answers "Welcome to Hocuspocus!" unless a hook rejects; an empty rejection
      // is its documented way to say the response is done.
      return Promise.reject();
    },
  };
}
