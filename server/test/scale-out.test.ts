import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDataDir } from './helpers/data-dir.ts';
import { freshDatabase, postgresSkipped, redisSkipped, redisUrl } from './helpers/databases.ts';
import { httpJson } from './helpers/http-json.ts';
import { connectClient, eventually, type Client } from './helpers/provider-client.ts';
import { addMemberWith, cli, joinWithCode, startServer, type Joined, type ServerProcess } from './helpers/server-process.ts';
import { startTcpProxy, type TcpProxy } from './helpers/tcp-proxy.ts';

const skipped = postgresSkipped ?? redisSkipped;
if (skipped) console.warn(`scale-out tests are SKIPPED: ${skipped}`);

// Two instances on one PostgreSQL and one Redis, behind one address (a TCP balancer without
// stickiness), as the README's deployment describes.
describe.skipIf(skipped !== null)('two instances behind one URL', () => {
  const dataDir = freshDataDir();
  let env: Record<string, string>;
  let a: ServerProcess;
  let b: ServerProcess;
  let proxy: TcpProxy;
  let alice: Joined;
  let bob: Joined;
  const clients: Client[] = [];
  const track = (c: Client): Client => {
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    env = { DATABASE_URL: await freshDatabase(), REDIS_URL: redisUrl };
    [a, b] = await Promise.all([startServer(dataDir, { ...env, CASEBOOK_INSTANCE: 'a' }), startServer(dataDir, { ...env, CASEBOOK_INSTANCE: 'b' })]);
    proxy = await startTcpProxy([a.port, b.port]);
    alice = await joinWithCode(a, addMemberWith(dataDir, env, 'alice@example.com', '--name', 'Alice'));
    bob = await joinWithCode(b, addMemberWith(dataDir, env, 'bob@example.com', '--name', 'Bob'));
  });
  afterAll(async () => {
    for (const c of clients) c.destroy();
    await proxy?.close();
    await Promise.all([a?.stop(), b?.stop()]);
  });

  it('answers /health with the store and Redis, and /metrics in Prometheus text', async () => {
    const health = await httpJson(`${a.httpUrl}/health`);
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ ok: true, checks: { store: { ok: true }, redis: { ok: true } } });
    const response = await fetch(`${b.httpUrl}/metrics`);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    for (const name of ['casebook_connections', 'casebook_documents_loaded', 'casebook_document_updates_total{origin="client"}', 'casebook_store_write_seconds_bucket{le="+Inf"}']) {
      expect(text).toMatch(new RegExp(`^${name.replace(/[{}"+]/g, '\\$&')} \\d`, 'm'));
    }
  });

  it('carries an edit made on instance B to a member on instance A within 1 s', async () => {
    const onA = track(connectClient(a.url, 'support/board', alice.token));
    const onB = track(connectClient(b.url, 'support/board', bob.token));
    await Promise.all([onA.synced(), onB.synced()]);
    const delays: number[] = [];
    for (let i = 0; i < 10; i++) {
      const started = Date.now();
      onB.doc.getMap('cases').set(`c${i}`, 'open');
      await eventually(() => onA.doc.getMap('cases').get(`c${i}`) === 'open', 5000, `edit ${i} on A`);
      delays.push(Date.now() - started);
    }
    console.log(`B → A through Redis: ${delays.join(', ')} ms`);
    expect(Math.max(...delays)).toBeLessThan(1000);
    // And the other way, on a case document, with awareness (presence) too.
    const caseOnA = track(connectClient(a.url, 'support/cases/k1', alice.token));
    const caseOnB = track(connectClient(b.url, 'support/cases/k1', bob.token));
    await Promise.all([caseOnA.synced(), caseOnB.synced()]);
    caseOnA.provider.setAwarenessField('user', { email: 'alice@example.com', replying: true });
    caseOnA.doc.getText('notes').insert(0, 'from A');
    await eventually(() => caseOnB.doc.getText('notes').toString() === 'from A', 1000, 'A → B');
    await eventually(() => [...caseOnB.provider.awareness!.getStates().values()].some((s) => (s.user as { replying?: boolean } | undefined)?.replying === true), 2000, 'presence A → B');
  });

  it('moves the clients of a stopped instance to the other one, losing nothing', async () => {
    // Both members come through the one address; the balancer spreads them over A and B.
    const viaProxy = [alice, bob, alice, bob].map((m) => track(connectClient(proxy.url, 'support/cases/failover', m.token)));
    await Promise.all(viaProxy.map((c) => c.synced()));
    viaProxy.forEach((c, i) => c.doc.getMap('case').set(`before${i}`, i));
    await eventually(() => viaProxy.every((c) => c.doc.getMap('case').size === 4), 3000, 'all edits everywhere');
    // Instance A goes away (a deploy): the balancer sends new connections to B only.
    proxy.setBackends([b.port]);
    const stopped = Date.now();
    const stopping = a.stop();
    // Edits made while the connection is down are kept by the provider and sent on reconnect.
    viaProxy.forEach((c, i) => c.doc.getMap('case').set(`during${i}`, i));
    await stopping;
    await eventually(() => viaProxy.every((c) => c.provider.isSynced && c.doc.getMap('case').size === 8), 30_000, 'everyone back and converged');
    console.log(`failover: every client back and converged ${Date.now() - stopped} ms after the stop began`);
    // What the store holds (read by a fresh client on B) has everything.
    const fresh = track(connectClient(b.url, 'support/cases/failover', bob.token));
    await fresh.synced();
    expect(Object.keys(fresh.doc.getMap('case').toJSON()).sort()).toEqual([0, 1, 2, 3].flatMap((i) => [`before${i}`, `during${i}`]).sort());
    a = await startServer(dataDir, { ...env, CASEBOOK_INSTANCE: 'a' });
    proxy.setBackends([a.port, b.port]);
  });

  it('cuts a removed member off on every instance (the CLI notifies them through PostgreSQL)', async () => {
    const mallory = await joinWithCode(a, addMemberWith(dataDir, env, 'mallory@example.com'));
    const onA = track(connectClient(a.url, 'support/board', mallory.token));
    const onB = track(connectClient(b.url, 'support/board', mallory.token));
    await Promise.all([onA.synced(), onB.synced()]);
    const removal = cli(dataDir, ['member', 'remove', 'mallory@example.com'], env);
    expect(removal.status).toBe(0);
    await eventually(() => onA.closes.length > 0 && onB.closes.length > 0, 5000, 'both closed');
    expect([onA.closes[0]!.reason, onB.closes[0]!.reason]).toEqual(['member-removed', 'member-removed']);
    const audit = cli(dataDir, ['audit'], env);
    expect(audit.stdout).toMatch(/admin\tmember-removed\tmallory@example\.com/);
    expect(audit.stdout).toMatch(/mallory@example\.com\tdevice-joined/);
  });
});
