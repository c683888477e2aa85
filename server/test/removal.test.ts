import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpJson } from './helpers/http-json.ts';
import { freshDataDir } from './helpers/data-dir.ts';
import { connectClient, eventually, type Client } from './helpers/provider-client.ts';
import { adminRequest, cli, memberToken, startServer, type ServerProcess } from './helpers/server-process.ts';

describe('removing a member', () => {
  const dataDir = freshDataDir();
  let server: ServerProcess;
  const clients: Client[] = [];

  beforeAll(async () => {
    server = await startServer(dataDir);
  });
  afterAll(async () => {
    for (const c of clients) c.destroy();
    await server.stop();
  });

  it('cuts off every open connection within 5 s and refuses the token afterwards', async () => {
    const alice = await memberToken(server, dataDir, 'alice@example.com');
    const mallory = await memberToken(server, dataDir, 'mallory@example.com');
    const board = connectClient(server.url, 'support/board', mallory.token);
    const presence = connectClient(server.url, 'support/presence', mallory.token);
    const watcher = connectClient(server.url, 'support/board', alice.token);
    clients.push(board, presence, watcher);
    await Promise.all([board.synced(), presence.synced(), watcher.synced()]);

    // Timed from the removal request reaching the server's admin endpoint (what the CLI sends);
    // the CLI's own start-up (~1–4 s here) comes before that.
    const started = Date.now();
    await adminRequest(dataDir, { command: 'member remove', email: 'mallory@example.com' });
    await eventually(() => board.closes.length > 0 && presence.closes.length > 0, 5000, 'close');
    const cutOffMs = Math.max(board.closes[0]!.at, presence.closes[0]!.at) - started;
    console.log(`member remove → every connection closed in ${cutOffMs} ms`);
    expect(cutOffMs).toBeLessThan(5000);
    expect(board.closes[0]!.reason).toBe('member-removed');

    // The provider reconnects by itself and is refused from now on; its edits go nowhere.
    await eventually(() => board.refusals.includes('member-removed'), 10_000, 'refusal after reconnect');
    board.doc.getMap('cases').set('sneaky', 'edit');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(watcher.doc.getMap('cases').has('sneaky')).toBe(false);
    // Alice is untouched.
    watcher.doc.getMap('cases').set('fine', 'yes');
    expect(watcher.closes).toEqual([]);
  });

  it("voids the member's unused join codes", async () => {
    const code = /Join code: (\S+)/.exec(cli(dataDir, ['member', 'add', 'trent@example.com']).stdout)?.[1] ?? '';
    expect(cli(dataDir, ['member', 'remove', 'trent@example.com']).status).toBe(0);
    const response = await httpJson(`${server.httpUrl}/join`, { method: 'POST', body: JSON.stringify({ code, device: 'x' }) });
    expect(response.status).toBe(410);
  });

  it('gives a re-added member a fresh start: old tokens stay revoked, a new code works', async () => {
    const first = await memberToken(server, dataDir, 'peggy@example.com');
    expect(cli(dataDir, ['member', 'remove', 'peggy@example.com']).status).toBe(0);
    const second = await memberToken(server, dataDir, 'peggy@example.com');
    const old = connectClient(server.url, 'support/board', first.token);
    const fresh = connectClient(server.url, 'support/board', second.token);
    clients.push(old, fresh);
    await fresh.synced();
    await eventually(() => old.refusals.length > 0, 5000, 'old token refused');
    expect(old.refusals[0]).toBe('token-revoked');
  });

  it('reconnects a member whose role changed, read-only as a viewer', async () => {
    const walter = await memberToken(server, dataDir, 'walter@example.com');
    const w = connectClient(server.url, 'support/cases/role', walter.token);
    const alice = await memberToken(server, dataDir, 'alice2@example.com');
    const a = connectClient(server.url, 'support/cases/role', alice.token);
    clients.push(w, a);
    await Promise.all([w.synced(), a.synced()]);
    expect(cli(dataDir, ['member', 'add', 'walter@example.com', '--role', 'viewer']).status).toBe(0);
    await eventually(() => w.closes.some((c) => c.reason === 'role-changed'), 5000, 'role-changed close');
    await eventually(() => w.provider.isSynced, 10_000, 'reconnected');
    w.doc.getMap('case').set('status', 'viewer edit');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(a.doc.getMap('case').has('status')).toBe(false);
  });
});
