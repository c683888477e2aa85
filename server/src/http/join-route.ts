import type { IncomingMessage, ServerResponse } from 'node:http';
import { joinTeam, type JoinFailure } from '../store/join-team.ts';
import type { Store } from '../store/sql-client.ts';
import type { FailureRateLimit } from './failure-rate-limit.ts';
import { sendJson } from './json-response.ts';
import { readJsonBody } from './read-json-body.ts';
import { describeTransport, isTransportAllowed } from './transport.ts';

const maxBodyBytes = 4096;

const failures: Record<JoinFailure, { status: number; error: string }> = {
  'malformed-code': { status: 400, error: 'A join code looks like XXXX-XXXX-XXXX (letters and digits).' },
  'unknown-code': { status: 401, error: 'This join code is not known to this server. Check it, or ask your admin for a new one.' },
  'used-code': { status: 410, error: 'This join code was already used. Ask your admin for a new one.' },
  'expired-code': { status: 410, error: 'This join code has expired. Ask your admin for a new one.' },
  'member-removed': { status: 403, error: 'You are no longer a member of this team.' },
};

export interface JoinRouteOptions {
  store: Store;
  trustedProxies: ReadonlySet<string>;
  limit: FailureRateLimit;
}

/** `POST /join {code, device}` → `{token, team, member, members}`, or `{error, reason}`. */
export async function handleJoin(request: IncomingMessage, response: ServerResponse, options: JoinRouteOptions): Promise<void> {
  const transport = describeTransport(request, options.trustedProxies);
  if (!isTransportAllowed(transport)) {
    sendJson(response, 403, { error: 'Join over https:// (the server is behind a TLS proxy), or from this machine.', reason: 'tls-required' });
    return;
  }
  if (request.method !== 'POST') {
    sendJson(response, 405, { error: 'Use POST with a JSON body {"code": "XXXX-XXXX-XXXX", "device": "…"}.', reason: 'method' }, { Allow: 'POST' });
    return;
  }
  const now = Date.now();
  const client = transport.clientAddress;
  const wait = options.limit.retryAfterMs(client, now);
  if (wait > 0) {
    const seconds = Math.ceil(wait / 1000);
    sendJson(response, 429, { error: `Too many failed attempts. Try again in ${seconds} s.`, reason: 'rate-limited' }, { 'Retry-After': String(seconds) });
    return;
  }
  const fail = (status: number, error: string, reason: string): void => {
    options.limit.recordFailure(client, now);
    sendJson(response, status, { error, reason });
  };
  const body = await readJsonBody(request, maxBodyBytes);
  if (!body.ok) {
    if (body.why === 'too-large') fail(413, `The body is larger than ${maxBodyBytes} bytes.`, 'body-too-large');
    else fail(400, 'The body must be JSON: {"code": "XXXX-XXXX-XXXX", "device": "…"}.', 'malformed-body');
    return;
  }
  const input = body.value as { code?: unknown; device?: unknown } | null;
  const code = input?.code;
  const device = input?.device ?? '';
  if (typeof code !== 'string' || typeof device !== 'string' || device.length > 200) {
    fail(400, 'The body must be JSON: {"code": "XXXX-XXXX-XXXX", "device": "…"} (device: up to 200 characters).', 'malformed-body');
    return;
  }
  const result = await joinTeam(options.store, code, device);
  if (typeof result === 'string') {
    const { status, error } = failures[result];
    fail(status, error, result);
    return;
  }
  sendJson(response, 200, result);
}
