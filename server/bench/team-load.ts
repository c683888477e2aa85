// Server-side budgets of issue #12, measured on loopback: `npm --prefix server run bench`.
// 20 members, 2,000 open + 50,000 closed cases in 64 `cases/<shard>` documents, then 200
// clients on board + members + presence that all lose the server (restart) and must recover.
// The client's real layout is not decided yet: this one is a plausible stand-in.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

const members = 20;
const openCases = Number(process.env.BENCH_OPEN ?? 2_000);
const closedCases = Number(process.env.BENCH_CLOSED ?? 50_000);
const shards = 64;
const reconnectingClients = 200;
const serverDir = join(import.meta.dirname, '..');

interface Server {
  child: ChildProcess;
  url: string;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'casebook-bench-'));
  const port = await freePort();
  const report: Record<string, string> = {};
  let server = await startServer(dataDir, port);
  const sampler = sampleMemory(server);
  try {
    const tokens: string[] = [];
    for (let i = 0; i < members; i++) tokens.push(await addAndJoin(dataDir, port, `member${i}@example.com`));
    const token = (i: number): string => tokens[i % tokens.length] ?? '';

    // Seed: every shard and the board, pushed by one client as a member's first sync would.
    const seedStarted = Date.now();
    const seeded = buildDocuments();
    const seedSocket = socket(server.url);
    const seeders = [...seeded].map(([name, doc]) => provider(seedSocket, `support/${name}`, doc, token(0)));
    await waitFor(() => seeders.every((p) => p.isSynced && p.unsyncedChanges === 0), 120_000, 'seeding');
    report['seed: 52,000 cases pushed and acknowledged'] = `${Date.now() - seedStarted} ms`;
    const names = [...seeded.keys()];
    const largest = Math.max(...[...seeded.values()].map((d) => Y.encodeStateAsUpdate(d).byteLength));
    const total = [...seeded.values()].reduce((sum, d) => sum + Y.encodeStateAsUpdate(d).byteLength, 0);
    report['state: all documents / largest document'] = `${kb(total)} / ${kb(largest)}`;
    report['server RSS with every document loaded'] = mb(rss(server));
    seeded.clear();
    for (const p of seeders) p.destroy();
    seedSocket.destroy();
    await sleep(4000);
    report['server RSS after the seeding client left (documents unloaded)'] = mb(rss(server));

    // A new member's first full sync: board + every shard.
    const fullStarted = Date.now();
    const fullSocket = socket(server.url);
    const full = names.map((name) => provider(fullSocket, `support/${name}`, new Y.Doc(), token(1)));
    await waitFor(() => full.every((p) => p.isSynced), 60_000, 'full sync');
    report['new member first full sync (65 documents)'] = `${Date.now() - fullStarted} ms`;
    for (const p of full) p.destroy();
    fullSocket.destroy();

    // 200 clients on the board, members and presence documents, with presence set.
    const clients = Array.from({ length: reconnectingClients }, (_, i) => {
      const s = socket(server.url);
      const board = provider(s, 'support/board', new Y.Doc(), token(i));
      const list = provider(s, 'support/members', new Y.Doc(), token(i));
      const presence = provider(s, 'support/presence', new Y.Doc(), token(i));
      presence.setAwarenessField('user', { email: `member${i % members}@example.com`, viewing: `case-${i}` });
      return { socket: s, providers: [board, list, presence] };
    });
    const all = clients.flatMap((c) => c.providers);
    const connectStarted = Date.now();
    await waitFor(() => all.every((p) => p.isSynced), 60_000, 'first connect');
    report[`${reconnectingClients} clients × 3 documents connected`] = `${Date.now() - connectStarted} ms`;
    report[`server RSS with ${reconnectingClients} clients`] = mb(rss(server));

    // Change latency between members on the board. A probe that takes over 30 s counts as lost.
    const latencies: number[] = [];
    let lost = 0;
    for (let i = 0; i < 100; i++) {
      const writer = clients[i % reconnectingClients]!.providers[0]!;
      const reader = clients[(i + 7) % reconnectingClients]!.providers[0]!;
      const key = `probe-${i}`;
      const probes = reader.document.getMap('probes');
      const arrived = new Promise<number>((resolve) => {
        const seen = (): void => {
          if (probes.get(key) !== i) return;
          probes.unobserve(seen);
          resolve(performance.now());
        };
        probes.observe(seen);
      });
      const started = performance.now();
      writer.document.getMap('probes').set(key, i);
      const timeout = sleep(30_000).then(() => null);
      const at = await Promise.race([arrived, timeout]);
      if (at === null) lost++;
      else latencies.push(at - started);
    }
    latencies.sort((a, b) => a - b);
    const at = (q: number): string => (latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN).toFixed(1);
    report['board change → another member (100 probes, 200 clients online)'] =
      `p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms, over 1 s: ${latencies.filter((l) => l > 1000).length}, lost: ${lost}`;

    // Everyone loses the server at once: restart it on the same port.
    sampler.stop();
    await stopServer(server);
    await waitFor(() => all.every((p) => !p.isSynced), 30_000, 'clients noticing');
    server = await startServer(dataDir, port);
    const restartSampler = sampleMemory(server);
    const back = Date.now();
    await waitFor(() => all.every((p) => p.isSynced), 60_000, 'recovery');
    report[`${reconnectingClients} clients recovered after a restart (provider maxDelay ${maxDelay} ms)`] = `${Date.now() - back} ms after the server listened again`;
    await sleep(1000);
    report['server RSS after recovery / peak during recovery'] = `${mb(rss(server))} / ${mb(restartSampler.peak())}`;
    restartSampler.stop();
    report['server peak RSS before the restart (VmHWM)'] = mb(sampler.peak());

    for (const c of clients) {
      for (const p of c.providers) p.destroy();
      c.socket.destroy();
    }

    // A case's stored size after 1,000 edits (status, owner, checklist flips).
    const edits = socket(server.url);
    const caseDoc = new Y.Doc();
    const one = provider(edits, 'support/cases/edits', caseDoc, token(2));
    await waitFor(() => one.isSynced, 10_000, 'edits sync');
    const fields = caseDoc.getMap('c1');
    for (let i = 0; i < 1000; i++) {
      fields.set(['status', 'owner', 'checklist.version', 'checklist.logs'][i % 4]!, `${i}`);
      if (i % 50 === 0) await sleep(0);
    }
    await waitFor(() => one.unsyncedChanges === 0, 20_000, 'edits ack');
    one.destroy();
    edits.destroy();
    await sleep(3000);
    const reread = new Y.Doc();
    const rs = socket(server.url);
    const rp = provider(rs, 'support/cases/edits', reread, token(3));
    await waitFor(() => rp.isSynced, 10_000, 'reread');
    report['a case document after 1,000 field edits (as the server sends it)'] = kb(Y.encodeStateAsUpdate(reread).byteLength);
    rp.destroy();
    rs.destroy();
  } finally {
    await stopServer(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
  for (const [what, value] of Object.entries(report)) console.log(`${what}: ${value}`);
}

function buildDocuments(): Map<string, Y.Doc> {
  const docs = new Map<string, Y.Doc>();
  const board = new Y.Doc();
  docs.set('board', board);
  for (let s = 0; s < shards; s++) docs.set(`cases/s${String(s).padStart(2, '0')}`, new Y.Doc());
  const open = board.getMap('open');
  for (let i = 0; i < openCases + closedCases; i++) {
    const id = `case-${i}`;
    const shard = docs.get(`cases/s${String(i % shards).padStart(2, '0')}`)!;
    const isOpen = i < openCases;
    shard.transact(() => {
      const c = new Y.Map<unknown>();
      shard.getMap('cases').set(id, c);
      c.set('status', isOpen ? 'open' : 'closed');
      c.set('owner', `member${i % members}@example.com`);
      c.set('subject', `Customer question ${i} about licence renewal and installation`);
      c.set('customer', `customer${i}@example.org`);
      c.set('category', 'question');
      c.set('created', 1_700_000_000_000 + i * 60_000);
      const notes = new Y.Text();
      c.set('notes', notes);
      notes.insert(0, isOpen ? 'Asked for installation details; waiting for the reply.' : 'Solved.');
      c.set('checklist', { version: true, os: true, logs: !isOpen });
      const timeline = new Y.Array<unknown>();
      c.set('timeline', timeline);
      timeline.push([
        { at: 1_700_000_000_000 + i * 60_000, by: 'system', what: 'created' },
        { at: 1_700_000_100_000 + i * 60_000, by: `member${i % members}@example.com`, what: 'assigned' },
        { at: 1_700_000_200_000 + i * 60_000, by: `member${i % members}@example.com`, what: isOpen ? 'replied' : 'closed' },
      ]);
    });
    if (isOpen) open.set(id, { shard: i % shards, owner: `member${i % members}@example.com`, due: 1_700_000_000_000 + i });
  }
  return docs;
}

// The provider's default backoff grows to 30 s between attempts; BENCH_MAX_DELAY shows what a
// client with a shorter ceiling gets (the server's share of recovery time).
const maxDelay = Number(process.env.BENCH_MAX_DELAY ?? 30_000);

function socket(url: string): HocuspocusProviderWebsocket {
  return new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket, maxDelay });
}

function provider(s: HocuspocusProviderWebsocket, name: string, document: Y.Doc, token: string): HocuspocusProvider {
  const p = new HocuspocusProvider({ websocketProvider: s, name, document, token });
  p.attach();
  return p;
}

async function startServer(dataDir: string, port: number): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serverDir,
    env: { ...process.env, CASEBOOK_DATA: dataDir, PORT: String(port), HOST: '127.0.0.1', CASEBOOK_LOG_MEMORY: process.env.CASEBOOK_LOG_MEMORY ?? '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('listening on')) resolve();
      if (process.env.CASEBOOK_LOG_MEMORY) process.stdout.write(chunk);
    });
    child.once('exit', (code) => reject(new Error(`server exited ${String(code)}: ${output}`)));
  });
  return { child, url: `ws://127.0.0.1:${port}` };
}

async function stopServer(server: Server): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => server.child.once('exit', () => resolve()));
  server.child.kill('SIGTERM');
  await exited;
}

async function addAndJoin(dataDir: string, port: number, email: string): Promise<string> {
  const admin = JSON.parse(readFileSync(join(dataDir, 'admin.json'), 'utf8')) as { port: number; secret: string };
  const added = (await (
    await fetch(`http://127.0.0.1:${admin.port}/admin`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${admin.secret}` },
      body: JSON.stringify({ command: 'member add', email }),
    })
  ).json()) as { code: string };
  const joined = (await (
    await fetch(`http://127.0.0.1:${port}/join`, { method: 'POST', body: JSON.stringify({ code: added.code, device: 'bench' }) })
  ).json()) as { token: string };
  return joined.token;
}

function rss(server: Server): number {
  return statusField(server, 'VmRSS');
}

function statusField(server: Server, field: string): number {
  const status = readFileSync(`/proc/${server.child.pid ?? 0}/status`, 'utf8');
  return Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) * 1024;
}

/** VmHWM is the process's own peak; sampling also catches what it held between reads. */
function sampleMemory(server: Server): { peak(): number; stop(): void } {
  let peak = 0;
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, statusField(server, 'VmHWM'));
    } catch {
      // the process has exited
    }
  }, 250);
  return { peak: () => peak, stop: () => clearInterval(timer) };
}

async function waitFor(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out: ${what}`);
    await sleep(50);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

await main();
process.exit(0);
