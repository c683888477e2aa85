// Issue #12's budgets measured with the extension's own sync code: `npm run bench:team-clients`.
// Each simulated member is a TeamSync (lib/background/team/team-sync.ts) over its own IndexedDB
// (fake-indexeddb with y-dexie, as the browser has) and one WebSocket to the embedded team
// server (PGlite) on 127.0.0.1. Member 0 creates the open cases through the same path a sidebar
// edit takes (saveCase, then localChange); the others follow the board. Then random status
// changes by random members, timed until every other member's case row shows them; then one
// more member joins and is timed until its rows hold every open case.
//
// All members run in this one Node process (one core), so their latencies include waiting for
// each other: an upper bound of what 20 separate browsers see. BENCH_OPEN scales the board
// (the 2,000 open cases need ~40,000 live documents in one process: see the note).
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { transition } from '../lib/core/case/case-status';
import { conversationKeyOf } from '../lib/core/case/conversation-key';
import { newCase } from '../lib/core/case/new-case';
import { findCase, saveCase } from '../lib/db/cases-repository';
import { CasebookDb } from '../lib/db/database';
import type { CaseStatus, SupportCase } from '../lib/model/case';
import type { TeamMembership } from '../lib/model/team';
import type { Services } from '../lib/background/services';
import { TeamSync } from '../lib/background/team/team-sync';
import { memberToken, startServer } from '../server/test/helpers/server-process';

const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 20);
const OPEN = Number(process.env.BENCH_OPEN ?? 200);
const CHANGES = Number(process.env.BENCH_CHANGES ?? 40);
const T0 = Date.UTC(2026, 10, 2, 9, 0);
// y-dexie says "Y.Doc … was destroyed" on console.debug each time a released case document goes.
console.debug = () => {};

interface Member {
  email: string;
  db: CasebookDb;
  sync: TeamSync;
  changed: (key: string) => void;
}

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
const ms = (value: number): string => `${Math.round(value)} ms`;

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = performance.now();
  while (!(await check())) {
    if (performance.now() - started > timeoutMs) return Infinity;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return performance.now() - started;
}

function startMember(joined: Awaited<ReturnType<typeof memberToken>>, url: string, httpUrl: string, listeners: Set<(email: string, key: string) => void>): Member {
  const email = joined.member.email;
  const db = new CasebookDb(`bench-${email}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  let n = 0;
  const services: Services = { db, now: () => Date.now(), newId: () => `${email}-${n++}`, settings: async () => ({}) as never, holidays: () => () => false };
  const sync = new TeamSync(services, {
    caseChanged: async (key) => listeners.forEach((listener) => listener(email, key)),
    linesChanged: () => {},
    WebSocketImpl: WebSocket,
  });
  const membership: TeamMembership = { socketUrl: url, httpUrl, team: joined.team, token: joined.token, member: { ...joined.member, role: 'member' }, joinedAt: T0 };
  void sync.use(membership);
  return { email, db, sync, changed: () => {} };
}

function openCase(i: number): SupportCase {
  const subject = `Bench case ${i}: uploads stall after upgrade`;
  const createdAt = T0 + i * 60_000;
  return newCase({
    id: conversationKeyOf(subject, createdAt)!,
    host: 'gmail',
    account: 'm0@bench.example',
    threadId: (0x1955a1c2d3e4f500 + i).toString(16),
    threadUrl: `https://mail.google.com/mail/u/0/#inbox/${i}`,
    subject,
    customer: { name: 'Dana', email: `dana${i}@customer.example`, organisation: 'Customer' },
    originator: 'customer',
    source: 'email',
    createdAt,
  });
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'casebook-clients-'));
  const server = await startServer(dataDir);
  const report: [string, string][] = [];
  try {
    const joined = [];
    for (let i = 0; i < MEMBERS; i += 1) joined.push(await memberToken(server, dataDir, `m${i}@bench.example`));
    const listeners = new Set<(email: string, key: string) => void>();
    const members = joined.slice(0, MEMBERS - 1).map((j) => startMember(j, server.url, server.httpUrl, listeners));
    const [creator] = members;

    // Member 0 creates the open cases as its sidebar would.
    const seedStart = performance.now();
    const cases = Array.from({ length: OPEN }, (_, i) => openCase(i));
    for (const c of cases) {
      await saveCase(creator!.db, c, null, [{ id: `created-${c.id}`, caseId: c.id, at: c.createdAt, actor: 'casebook', type: 'created', from: null, to: 'new', reason: 'Thread to support' }]);
      await creator!.sync.localChange(c.id);
    }
    report.push([`member 0 created ${OPEN} open cases`, ms(performance.now() - seedStart)]);
    const everyone = await waitFor(async () => (await Promise.all(members.map((m) => m.db.cases.count()))).every((count) => count === OPEN), 600_000);
    report.push([`all ${MEMBERS - 1} members hold every case (from the first creation)`, ms(performance.now() - seedStart)]);
    if (everyone === Infinity) throw new Error('the members did not converge within 10 minutes');

    // Random status changes by random members, timed until each other member's row shows them.
    const latencies: number[] = [];
    const statuses: CaseStatus[] = ['acknowledged', 'in_progress', 'waiting_customer', 'waiting_developer'];
    let seed = 7;
    const random = (): number => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    for (let k = 0; k < CHANGES; k += 1) {
      const editor = members[Math.floor(random() * members.length)]!;
      const key = cases[Math.floor(random() * cases.length)]!.id;
      const stored = (await findCase(editor.db, key))!.case;
      const to = statuses.filter((s) => s !== stored.status)[Math.floor(random() * 3)]!;
      const moved = transition(stored, to, { actor: editor.email, at: Date.now(), eventId: `change-${k}`, reason: 'bench' });
      if (!moved.ok) continue;
      const started = performance.now();
      const pending = new Set(members.filter((m) => m !== editor).map((m) => m.email));
      const arrived = new Promise<void>((resolve) => {
        const listener = (email: string, changedKey: string): void => {
          if (changedKey !== key || !pending.has(email)) return;
          const member = members.find((m) => m.email === email)!;
          void findCase(member.db, key).then((row) => {
            if (row?.case.status !== to || !pending.delete(email)) return;
            latencies.push(performance.now() - started);
            if (pending.size === 0) {
              listeners.delete(listener);
              resolve();
            }
          });
        };
        listeners.add(listener);
      });
      await saveCase(editor.db, moved.case, stored, [moved.event]);
      await editor.sync.localChange(key);
      await Promise.race([arrived, new Promise((resolve) => setTimeout(resolve, 30_000))]);
      if (pending.size > 0) report.push([`change ${k}`, `${pending.size} members did not see it within 30 s`]);
    }
    report.push([`a change reaches the other ${MEMBERS - 2} members (${latencies.length} arrivals): p50 / p95`, `${ms(percentile(latencies, 50))} / ${ms(percentile(latencies, 95))}`]);

    // One more member joins and follows the whole board.
    const joinStart = performance.now();
    const newcomer = startMember(joined[MEMBERS - 1]!, server.url, server.httpUrl, listeners);
    const firstSync = await waitFor(async () => (await newcomer.db.cases.count()) === OPEN, 300_000);
    report.push([`a new member's first full sync (${OPEN} open cases)`, firstSync === Infinity ? 'not within 5 min' : ms(performance.now() - joinStart)]);

    const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1];
    report.push(['team server memory (RSS)', `${Math.round(Number(rss) / 1024)} MB`]);
    report.push([`${MEMBERS} simulated members' process memory (RSS)`, `${Math.round(process.memoryUsage().rss / 2 ** 20)} MB`]);
    for (const m of [...members, newcomer]) m.sync.stop();
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  console.log(`\nTeam clients bench (${MEMBERS} members running lib/background/team/team-sync.ts, ${OPEN} open cases, ${CHANGES} changes):`);
  for (const [what, value] of report) console.log(`  ${what}: ${value}`);
}

await main();
process.exit(0);
