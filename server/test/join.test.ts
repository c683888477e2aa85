import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDataDir } from './helpers/data-dir.ts';
import { httpJson } from './helpers/http-json.ts';
import { addMember, startServer, type ServerProcess } from './helpers/server-process.ts';

const post = (server: ServerProcess, body: string | Buffer, headers: Record<string, string> = {}): ReturnType<typeof httpJson> =>
  httpJson(`${server.httpUrl}/join`, { method: 'POST', body, headers: { 'Content-Type': 'application/json', ...headers } });

describe('POST /join', () => {
  const dataDir = freshDataDir();
  let server: ServerProcess;

  beforeAll(async () => {
    // Room for the error cases below before the limit, which its own test then reaches.
    server = await startServer(dataDir, { CASEBOOK_JOIN_FAILURES_PER_MINUTE: '8', CASEBOOK_JOIN_CODE_TTL_SECONDS: '3' });
  });
  afterAll(async () => {
    await server.stop();
  });

  it('answers /health', async () => {
    expect(await httpJson(`${server.httpUrl}/health`)).toMatchObject({ status: 200, body: { ok: true } });
  });

  it('trades a code for a token, the team and its members; the code works once', async () => {
    const code = addMember(dataDir, 'alice@example.com', '--name', 'Alice', '--role', 'admin');
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    // Typed sloppily: lower case, no dashes.
    const ok = await post(server, JSON.stringify({ code: code.toLowerCase().replace(/-/g, ''), device: 'Firefox on laptop' }));
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({
      team: { id: 'support', name: 'Support' },
      member: { email: 'alice@example.com', name: 'Alice', role: 'admin' },
      members: [{ email: 'alice@example.com', name: 'Alice', role: 'admin' }],
    });
    expect(String(ok.body.token)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const again = await post(server, JSON.stringify({ code, device: 'x' }));
    expect(again).toMatchObject({ status: 410, body: { reason: 'used-code' } });
    expect(String(again.body.error)).toMatch(/already used/);
  });

  it('says clearly what is wrong', async () => {
    const cases: [string | Buffer, number, string][] = [
      [JSON.stringify({ code: 'ZZZZ-ZZZZ-ZZZZ', device: 'x' }), 401, 'unknown-code'],
      [JSON.stringify({ code: 'not a code', device: 'x' }), 400, 'malformed-code'],
      ['{"code": ', 400, 'malformed-body'],
      [JSON.stringify({ device: 'x' }), 400, 'malformed-body'],
      [JSON.stringify({ code: 'ZZZZ-ZZZZ-ZZZZ', device: 'x'.repeat(201) }), 400, 'malformed-body'],
      [Buffer.alloc(5000, 0x20), 413, 'body-too-large'],
    ];
    for (const [body, status, reason] of cases) {
      const response = await post(server, body);
      expect(response.status, reason).toBe(status);
      expect(response.body.reason).toBe(reason);
      expect(typeof response.body.error).toBe('string');
    }
    expect((await httpJson(`${server.httpUrl}/join`)).status).toBe(405);
  });

  it('refuses an expired code', async () => {
    const code = addMember(dataDir, 'bob@example.com');
    await new Promise((resolve) => setTimeout(resolve, 3200));
    const response = await post(server, JSON.stringify({ code, device: 'x' }));
    expect(response).toMatchObject({ status: 410, body: { reason: 'expired-code' } });
  });

  it('refuses join over plain http from another machine, unless a trusted proxy says https', async () => {
    const code = addMember(dataDir, 'carol@example.com');
    const remote = { 'X-Forwarded-For': '203.0.113.7' };
    const plain = await post(server, JSON.stringify({ code, device: 'x' }), { ...remote, 'X-Forwarded-Proto': 'http' });
    expect(plain).toMatchObject({ status: 403, body: { reason: 'tls-required' } });
    const viaTls = await post(server, JSON.stringify({ code, device: 'x' }), { ...remote, 'X-Forwarded-Proto': 'https' });
    expect(viaTls.status).toBe(200);
  });

  it('rate-limits failed joins per address', async () => {
    const bad = JSON.stringify({ code: 'ZZZZ-ZZZZ-ZZZZ', device: 'x' });
    // Another address (through the trusted local proxy) starts with a clean slate.
    const other = { 'X-Forwarded-For': '198.51.100.9', 'X-Forwarded-Proto': 'https' };
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await post(server, bad, other)).status);
    expect(statuses.slice(0, 8).every((s) => s === 401)).toBe(true);
    const limited = await post(server, bad, other);
    expect(limited).toMatchObject({ status: 429, body: { reason: 'rate-limited' } });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Even a good code waits: otherwise the limit would only slow guessing down, not stop it.
    const code = addMember(dataDir, 'dave@example.com');
    expect((await post(server, JSON.stringify({ code, device: 'x' }), other)).status).toBe(429);
  });
});
