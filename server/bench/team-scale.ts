// Budgets of issue #15, measured with real engines on this machine: `npm run bench:team`.
// PostgreSQL + Redis (Debian's, started here on 127.0.0.1) and two team server instances behind
// one round-robin TCP address. 20 teams of 10 members (200), 20,000 open cases (1,000 a team,
// each its own `cases/<key>` document and an entry on the team's board), 500,000 closed cases as
// stored documents (25,000 a team; BENCH_CLOSED scales it). Prints the figures, then stops all.
//
// Modelling, said plainly:
// - Closed cases are rows of `documents` (the size of the store the instances run against);
//   their states cycle through 1,000 generated case documents (~310 B each), since building
//   500,000 distinct Yjs documents here would take ~7 minutes and nothing reads their content.
//   The boards list open cases only (a board listing 25,000 closed cases is discussed in the
//   README: every member downloads it whole).
// - A simulated member is one WebSocket (as the extension's worker has) with the board, members
//   and presence documents and its team's BENCH_WORKING open cases (default 50, the same 50 for
//   the whole team, so a change has 9 colleagues to reach). The extension keeps at most the
//   cases in use and 32 recently used loaded (lib/background/team/live-docs.ts) and loads the
//   others when the board says they changed; a new member brings every open case up to date
//   once, which the new-member phase measures (board + all 1,000).
import { readFileSync } from 'node:fs';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { createDeviceToken } from '../src/store/device-tokens.ts';
import { upsertMember } from '../src/store/members.ts';
import { openStore } from '../src/store/open-store.ts';
import type { Store } from '../src/store/sql-client.ts';
import { addTeam } from '../src/store/teams.ts';
import { reconnectOptions, redrawDelayOnDisconnect } from '../../lib/core/team/reconnect-backoff.ts';
import { freshDataDir } from './fresh-data-dir.ts';
import { startPostgres, startRedis, type RunningService } from '../test/helpers/real-services.ts';
import { startServer, type ServerProcess } from '../test/helpers/server-process.ts';
import { startTcpProxy } from '../test/helpers/tcp-proxy.ts';

const teams = 20;
const membersPerTeam = 10;
const openPerTeam = Number(process.env.BENCH_OPEN ?? 20_000) / teams;
const closedPerTeam = Number(process.env.BENCH_CLOSED ?? 500_000) / teams;
const working = Number(process.env.BENCH_WORKING ?? 50);
const extraSockets = Number(process.env.BENCH_EXTRA ?? 500);

const report: [string, string][] = [];
const note = (what: string, value: string): void => {
  report.push([what, value]);
  console.log(`${what}: ${value}`);
};

interface Member {
  team: string;
  email: string;
  token: string;
}

async function main(): Promise<void> {
  const postgres = await startPostgres();
  const redis = await startRedis();
  if ('skipped' in postgres || 'skipped' in redis) {
    console.error(`cannot run: ${'skipped' in postgres ? postgres.skipped : ''} ${'skipped' in redis ? redis.skipped : ''}`);
    process.exit(1);
  }
  const services: RunningService[] = [postgres, redis];
  const env = { DATABASE_URL: postgres.url, REDIS_URL: redis.url, CASEBOOK_TRUSTED_PROXIES: '127.0.0.1' };
  const dataDir = freshDataDir();
  const store = await openStore({ kind: 'postgres', url: postgres.url });
  let instances: ServerProcess[] = [];
  const sockets: HocuspocusProviderWebsocket[] = [];
  try {
    const seedStarted = Date.now();
    const members = await seed(store);
    note(`seed: ${teams} teams, ${teams * membersPerTeam} members, ${teams * openPerTeam} open + ${teams * closedPerTeam} closed case documents in PostgreSQL`, `${Date.now() - seedStarted} ms`);
    const size = await store.query<{ n: number; bytes: string }>(`select count(*)::int as n, pg_size_pretty(pg_total_relation_size('documents')) as bytes from documents`);
    note('documents table', `${size.rows[0]?.n} rows, ${size.rows[0]?.bytes}`);

    instances = await Promise.all(['a', 'b'].map((name) => startServer(dataDir, { ...env, CASEBOOK_INSTANCE: name })));
    const proxy = await startTcpProxy(instances.map((i) => i.port));
    note('instances', instances.map((i) => `${i.url} (pid ${i.pid})`).join(', '));

    // 200 members connect through the one address.
    const connectStarted = Date.now();
    const clients = members.map((m) => memberClient(proxy.url, m, sockets));
    const all = clients.flatMap((c) => c.providers);
    await waitFor(() => all.every((p) => p.isSynced), Number(process.env.BENCH_CONNECT_TIMEOUT_S ?? 300) * 1000, 'members connected', 50, () => `${all.filter((p) => p.isSynced).length} of ${all.length} synced`);
    note(`${members.length} members × ${3 + working} documents connected (${all.length} document connections)`, `${Date.now() - connectStarted} ms`);
    await memoryAndConnections(instances, 'with 200 members online');

    // A change to an open case reaches every colleague of the team (9), some on the other instance.
    const latencies: number[] = [];
    let lost = 0;
    for (let i = 0; i < 200; i++) {
      const team = i % teams;
      const teamClients = clients.filter((c) => c.member.team === teamName(team));
      const writer = teamClients[i % teamClients.length]!;
      const caseIndex = i % working;
      const key = `probe-${i}`;
      const started = performance.now();
      writer.cases[caseIndex]!.document.getMap('case').set(key, i);
      const others = teamClients.filter((c) => c !== writer).map((c) => c.cases[caseIndex]!.document.getMap('case'));
      try {
        await waitFor(() => others.every((m) => m.get(key) === i), 30_000, 'probe', 2);
        latencies.push(performance.now() - started);
      } catch {
        lost++;
      }
    }
    note('case change → every colleague of the team (200 probes, 9 colleagues each)', stats(latencies) + `, lost ${lost}`);

    // A new member's first sync: board, members, presence and every open case of the team.
    const newcomer = await newMember(store, teamName(0), 'newcomer@example.com');
    const firstStarted = Date.now();
    const first = memberClient(proxy.url, newcomer, sockets, openPerTeam);
    await waitFor(() => first.providers.every((p) => p.isSynced), 120_000, 'first sync');
    note(`new member's first sync (board + members + presence + all ${openPerTeam} open cases)`, `${Date.now() - firstStarted} ms`);
    for (const p of first.providers) p.destroy();
    first.socket.destroy();

    // One instance holds 500 more members' sockets (3 team documents + BENCH_EXTRA_CASES cases each).
    const extraCases = Number(process.env.BENCH_EXTRA_CASES ?? 1);
    const extraStarted = Date.now();
    const extra = Array.from({ length: extraSockets }, (_, i) => memberClient(instances[0]!.url, members[i % members.length]!, sockets, extraCases));
    const extraProviders = extra.flatMap((c) => c.providers);
    await waitFor(() => extraProviders.every((p) => p.isSynced), 900_000, 'extra sockets', 50, () => `${extraProviders.filter((p) => p.isSynced).length} of ${extraProviders.length} synced`);
    note(`${extraSockets} more sockets on instance a (${3 + extraCases} documents each)`, `${Date.now() - extraStarted} ms`);
    await memoryAndConnections(instances, `instance a with ${extraSockets} extra sockets`);
    // Those browsers leave: their documents and their sockets.
    for (const p of extraProviders) p.destroy();
    for (const c of extra) c.socket.destroy();

    // Rolling restart: a, then b. Every member edits during each stop; nothing may be lost.
    let phase = 0;
    for (const index of [0, 1]) {
      const other = instances[1 - index]!;
      proxy.setBackends([other.port]);
      const stopped = Date.now();
      const stopping = instances[index]!.stop();
      clients.forEach((c, i) => c.cases[0]!.document.getMap('restart').set(`${phase}-${i}`, true));
      // A member of the stopped instance is back once its socket closed, reconnected, every
      // document synced again and every edit acknowledged (the others never left).
      const dropped = new Set<MemberClient>();
      const offs = clients.map((c) => {
        const onDisconnect = (): void => void dropped.add(c);
        c.socket.on('disconnect', onDisconnect);
        return () => c.socket.off('disconnect', onDisconnect);
      });
      const backAt = new Map<MemberClient, number>();
      const watch = setInterval(() => {
        for (const c of dropped) if (!backAt.has(c) && c.providers.every((p) => p.isSynced && p.unsyncedChanges === 0)) backAt.set(c, Date.now() - stopped);
      }, 50);
      await stopping;
      const exitedAfter = Date.now() - stopped;
      const restarted = await startServer(dataDir, { ...env, CASEBOOK_INSTANCE: index === 0 ? 'a' : 'b' });
      instances[index] = restarted;
      const upAgainAfter = Date.now() - stopped;
      proxy.setBackends(instances.map((i) => i.port));
      await waitFor(() => dropped.size > 0 && backAt.size === dropped.size && clients.every((c) => c.providers.every((p) => p.isSynced && p.unsyncedChanges === 0)), 120_000, 'back after restart', 50, () => `${backAt.size} of ${dropped.size} back`);
      clearInterval(watch);
      for (const off of offs) off();
      const name = index === 0 ? 'a' : 'b';
      note(`rolling restart of instance ${name}: each of its ${dropped.size} members back (reconnected, all documents synced, edits acknowledged) after the stop began`, `${stats([...backAt.values()])}; instance exited after ${exitedAfter} ms, serving again after ${upAgainAfter} ms`);
      phase++;
    }
    // Nothing lost: a fresh reader per team sees every member's restart edits.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    let missing = 0;
    for (let t = 0; t < teams; t++) {
      const reader = memberClient(proxy.url, members[t * membersPerTeam]!, sockets, 1);
      await waitFor(() => reader.providers.every((p) => p.isSynced), 30_000, 'reader');
      const restart = reader.cases[0]!.document.getMap('restart');
      clients.forEach((c, i) => {
        if (c.member.team !== teamName(t)) return;
        for (let p = 0; p < phase; p++) if (restart.get(`${p}-${i}`) !== true) missing++;
      });
      for (const p of reader.providers) p.destroy();
      reader.socket.destroy();
    }
    note('edits made during the rolling restart missing afterwards', String(missing));
    await memoryAndConnections(instances, 'after the rolling restart');

    for (const c of clients) for (const p of c.providers) p.destroy();
    await new Promise((resolve) => setTimeout(resolve, 5000));
    await memoryAndConnections(instances, 'after every member left (documents unloaded)');
    await proxy.close();
  } finally {
    for (const s of sockets) s.destroy();
    await Promise.all(instances.map((i) => i.stop()));
    await store.close();
    for (const s of services) await s.stop();
  }
  console.log('\n--- summary');
  for (const [what, value] of report) console.log(`${what}: ${value}`);
}

const teamName = (t: number): string => `team${String(t + 1).padStart(2, '0')}`;

async function seed(store: Store): Promise<Member[]> {
  const members: Member[] = [];
  for (let t = 0; t < teams; t++) {
    const team = teamName(t);
    await addTeam(store, team, `Team ${t + 1}`);
    for (let m = 0; m < membersPerTeam; m++) members.push(await newMember(store, team, `m${m}@${team}.example.com`));
  }
  const closedStates = Array.from({ length: 1000 }, (_, i) => caseState(i, 'closed'));
  const rows: [string, Uint8Array][] = [];
  const flush = async (): Promise<void> => {
    if (rows.length === 0) return;
    const params: unknown[] = [];
    const values = rows.map(([name, state]) => {
      params.push(name, state);
      return `($${params.length - 1}, $${params.length})`;
    });
    await store.query(`insert into documents (name, state) values ${values.join(', ')}`, params);
    rows.length = 0;
  };
  for (let t = 0; t < teams; t++) {
    const team = teamName(t);
    const board = new Y.Doc();
    for (let i = 0; i < openPerTeam; i++) {
      rows.push([`${team}/cases/open-${i}`, caseState(i, 'open')]);
      board.getMap('cases').set(`open-${i}`, { status: 'open', closed: false, owner: `m${i % membersPerTeam}@${team}.example.com`, dueAt: 1_800_000_000_000 + i, updatedAt: 1_700_000_000_000 + i, subject: `Customer question ${i} about licence renewal`, customerEmail: `customer${i}@example.org`, rfcMessageId: null });
      if (rows.length >= 500) await flush();
    }
    rows.push([`${team}/board`, Y.encodeStateAsUpdate(board)]);
    for (let i = 0; i < closedPerTeam; i++) {
      rows.push([`${team}/cases/closed-${i}`, closedStates[i % closedStates.length]!]);
      if (rows.length >= 1000) await flush();
    }
    await flush();
  }
  return members;
}

async function newMember(store: Store, team: string, email: string): Promise<Member> {
  const { member } = await upsertMember(store, { teamId: team, email });
  return { team, email, token: await createDeviceToken(store, member.id, 'bench') };
}

function caseState(i: number, status: string): Uint8Array {
  const doc = new Y.Doc();
  const c = doc.getMap('case');
  doc.transact(() => {
    c.set('status', status);
    c.set('owner', `m${i % membersPerTeam}@example.com`);
    c.set('subject', `Customer question ${i} about licence renewal and installation`);
    c.set('customer', `customer${i}@example.org`);
    const notes = new Y.Text();
    c.set('notes', notes);
    notes.insert(0, status === 'open' ? 'Asked for installation details; waiting for the reply.' : 'Solved.');
    const timeline = new Y.Array();
    c.set('timeline', timeline);
    timeline.push([{ at: i, by: 'system', what: 'created' }, { at: i + 1, by: 'member', what: status === 'open' ? 'replied' : 'closed' }]);
  });
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}

interface MemberClient {
  member: Member;
  socket: HocuspocusProviderWebsocket;
  providers: HocuspocusProvider[];
  cases: HocuspocusProvider[];
}

// Node's `ws` emits 'error' when the provider gives up on a connection attempt; a browser's
// WebSocket does not throw there. Without a listener the bench process would die of it.
class QuietWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('error', () => {});
  }
}

function memberClient(url: string, member: Member, sockets: HocuspocusProviderWebsocket[], caseCount = working): MemberClient {
  // The extension's reconnect settings (lib/background/team/team-connection.ts uses the same).
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: QuietWebSocket, ...reconnectOptions(Math.random) });
  redrawDelayOnDisconnect(socket, Math.random);
  sockets.push(socket);
  const open = (rest: string): HocuspocusProvider => {
    const p = new HocuspocusProvider({ websocketProvider: socket, name: `${member.team}/${rest}`, document: new Y.Doc(), token: member.token });
    p.attach();
    return p;
  };
  const team = ['board', 'members', 'presence'].map(open);
  team[2]!.setAwarenessField('here', { email: member.email, caseKey: 'open-0' });
  const cases = Array.from({ length: caseCount }, (_, i) => open(`cases/open-${i}`));
  return { member, socket, providers: [...team, ...cases], cases };
}

async function memoryAndConnections(instances: ServerProcess[], when: string): Promise<void> {
  const parts: string[] = [];
  for (const instance of instances) {
    const status = readFileSync(`/proc/${instance.pid}/status`, 'utf8');
    const kb = (field: string): number => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
    const metrics = await (await fetch(`${instance.httpUrl}/metrics`)).text();
    const gauge = (name: string): string => new RegExp(`^${name} (\\d+)`, 'm').exec(metrics)?.[1] ?? '?';
    parts.push(`pid ${instance.pid}: RSS ${Math.round(kb('VmRSS') / 1024)} MB (peak ${Math.round(kb('VmHWM') / 1024)} MB), ${gauge('casebook_connections')} sockets, ${gauge('casebook_document_connections')} document connections, ${gauge('casebook_documents_loaded')} documents loaded`);
  }
  note(`instances ${when}`, parts.join('; '));
}

function stats(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number): string => (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN).toFixed(0);
  return `p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms (n ${sorted.length})`;
}

async function waitFor(check: () => boolean, timeoutMs: number, what: string, pollMs = 50, progress?: () => string): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out: ${what}${progress ? ` (${progress()})` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

await main();
process.exit(0);
