import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sendJson } from '../http/json-response.ts';
import { readJsonBody } from '../http/read-json-body.ts';
import type { Store } from '../store/sql-client.ts';
import { readSnapshot } from '../store/store-snapshot.ts';
import { AdminError } from './admin-request.ts';
import { runAdminCommand, type MembershipEffects } from './run-admin-command.ts';
import { validateAdminRequest } from './validate-admin-request.ts';

export interface AdminEndpoint {
  port: number;
  secret: string;
  close(): Promise<void>;
}

/**
 * While the server runs it owns the store, so the CLI sends its commands here: a listener of
 * its own on 127.0.0.1 (never the public port, whatever HOST is), behind a random secret.
 */
export async function startAdminEndpoint(store: Store, options: { joinCodeTtlMs: number; effects: MembershipEffects }): Promise<AdminEndpoint> {
  const secret = randomBytes(32).toString('base64url');
  const expected = Buffer.from(`Bearer ${secret}`);
  const server: Server = createServer((request, response) => {
    void (async () => {
      const given = Buffer.from(request.headers.authorization ?? '');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        sendJson(response, 401, { error: 'wrong admin secret' });
        return;
      }
      if (request.method === 'POST' && request.url === '/backup') {
        // The CLI's `backup` while the server owns the embedded store: one snapshot, as JSON lines.
        response.writeHead(200, { 'Content-Type': 'application/x-ndjson' });
        try {
          await readSnapshot(store, async (line) => {
            if (!response.write(`${JSON.stringify(line)}\n`)) await new Promise((resolve) => response.once('drain', resolve));
          });
        } catch (error) {
          console.error('casebook: backup failed', error);
        }
        response.end();
        return;
      }
      if (request.method !== 'POST' || request.url !== '/admin') {
        sendJson(response, 404, { error: 'POST /admin or /backup' });
        return;
      }
      const body = await readJsonBody(request, 16_384);
      const adminRequest = body.ok ? validateAdminRequest(body.value) : null;
      if (!adminRequest) {
        sendJson(response, 400, { error: 'not an admin command' });
        return;
      }
      try {
        sendJson(response, 200, await runAdminCommand(store, adminRequest, options));
      } catch (error) {
        if (error instanceof AdminError) sendJson(response, 400, { error: error.message });
        else {
          console.error('casebook: admin command failed', error);
          sendJson(response, 500, { error: 'the server failed; see its log' });
        }
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    secret,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
