// Issue #12's budgets measured with the extension's own sync code: `npm run bench:team-clients`.
// Each simulated member is a TeamSync (lib/background/team/team-sync.ts) over its own IndexedDB
// (fake-indexeddb with y-dexie, as the browser has) and one WebSocket to the embedded team
// server (PGlite) on 127.0.0.1, in its own worker thread (bench-team-clients/member.ts): each
// member of a real team has a browser of their own. Member 0 creates the open cases through the
// path a sidebar edit takes (saveCase, then localChange); the others follow the board. Then
// status changes by random members, each timed until every other member's case row shows it;
// then one more member joins and is timed until its rows hold every open case.
//
// The threads share this machine's cores (2 here): with many members, their work on one change
// queues for the CPU, which 20 separate browsers would not. BENCH_OPEN scales the board.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventLoopUtilization } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { conversationKeyOf } from '../lib/core/case/conversation-key';
import type { CaseStatus } from '../lib/model/case';
import type { TeamMembership } from '../lib/model/team';
import { memberToken, startServer } from '../server/test/helpers/server-process';
import { T0, type FromMember, type MemberData, type ToMember } from './bench-team-clients/member';

const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 20);
const OPEN = Number(process.env.BENCH_OPEN ?? 200);
const CHANGES = Number(process.env.BENCH_CHANGES ?? 40);
/** Where a case may go next (lib/core/case/case-status.ts), closing left out: the bench keeps every case open. */
const NEXT: Record<string, CaseStatus[]> = {
  new: ['acknowledged', 'waiting_customer', 'waiting_developer'],
  acknowledged: ['in_progress', 'waiting_customer', 'waiting_developer'],
  in_progress: ['waiting_customer', 'waiting_developer'],
  waiting_customer: ['in_progress', 'waiting_developer'],
  waiting_developer: ['in_progress', 'waiting_customer'],
};

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
const ms = (value: number): string => `${Math.round(value)} ms`;
/** A process's CPU time so far (user + system), from /proc (Linux clock ticks: 100 a second). */
const cpuMs = (pid: number): number => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};

/** A member's thread, and a way to wait for its next answer of a kind. */
class MemberThread {
  readonly #worker: Worker;
  readonly #waiting: { type: FromMember['type']; key?: string; resolve: (m: FromMember) => void }[] = [];

  constructor(membership: TeamMembership, joinWhenTold = false) {
    const data: MemberData = { membership, joinWhenTold };
    // A worker thread does not inherit this process's `--import` of tsx: it registers tsx itself, then runs the TypeScript.
    const tsx = new URL('../server/node_modules/tsx/dist/esm/api/index.mjs', import.meta.url).href;
    const member = new URL('./bench-team-clients/member.ts', import.meta.url).href;
    this.#worker = new Worker(`import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(member)}); })`, { eval: true, workerData: data });
    this.#worker.on('message', (message: FromMember) => {
      const i = this.#waiting.findIndex((w) => w.type === message.type && (w.key === undefined || ('key' in message && w.key === message.key)));
      if (i >= 0) this.#waiting.splice(i, 1)[0]!.resolve(message);
    });
    this.#worker.on('error', (error) => console.error(`member ${membership.member.email}:`, error));
  }

  next<T extends FromMember['type']>(type: T, key?: string): Promise<Extract<FromMember, { type: T }>> {
    return new Promise((resolve) => this.#waiting.push({ type, ...(key === undefined ? {} : { key }), resolve: resolve as (m: FromMember) => void }));
  }

  /** How busy the thread's event loop has been since `since` (a fraction of the time: 1 = a core all along). */
  busy(since?: EventLoopUtilization): EventLoopUtilization {
    return this.#worker.performance.eventLoopUtilization(since);
  }

  send(message: ToMember): void {
    this.#worker.postMessage(message);
  }

  async stop(): Promise<void> {
    const stopped = this.next('stopped');
    this.send({ type: 'stop' });
    await Promise.race([stopped, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    await this.#worker.terminate();
  }
}

const withTimeout = <T>(promise: Promise<T>, timeoutMs: number): Promise<T | null> => Promise.race([promise, new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs))]);

/**
 * BENCH_PROFILE=<dir>: CPU profiles of a few threads over one phase (`files` null: start; else
 * stop and write <dir>/<file>.cpuprofile). A profile of every thread slows the bench too much.
 */
async function profile(threads: readonly MemberThread[], files: readonly string[] | null): Promise<void> {
  const dir = process.env.BENCH_PROFILE;
  if (!dir) return;
  await Promise.all(threads.map((thread, i) => {
    const done = thread.next('profiled');
    thread.send({ type: 'profile', file: files === null ? null : join(dir, `${files[i]}.cpuprofile`) });
    return done;
  }));
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'casebook-clients-'));
  const server = await startServer(dataDir);
  const report: [string, string][] = [];
  const threads: MemberThread[] = [];
  try {
    const joined: Awaited<ReturnType<typeof memberToken>>[] = [];
    for (let i = 0; i < MEMBERS; i += 1) joined.push(await memberToken(server, dataDir, `m${i}@bench.example`));
    const membershipOf = (j: (typeof joined)[number]): TeamMembership => ({ socketUrl: server.url, httpUrl: server.httpUrl, team: j.team, token: j.token, member: { ...j.member, role: 'member' }, joinedAt: T0 });
    const start = async (j: (typeof joined)[number], joinWhenTold = false): Promise<MemberThread> => {
      const thread = new MemberThread(membershipOf(j), joinWhenTold);
      await thread.next('ready');
      threads.push(thread);
      return thread;
    };
    const members = await Promise.all(joined.slice(0, MEMBERS - 1).map((j) => start(j)));
    const [creator] = members;

    // Member 0 creates the open cases as its sidebar would.
    const seedStart = performance.timeOrigin + performance.now();
    const created = creator!.next('created');
    creator!.send({ type: 'create', from: 0, to: OPEN });
    report.push([`member 0 created ${OPEN} open cases`, ms((await created).ms)]);
    const counted = await withTimeout(Promise.all(members.map((m) => {
      const done = m.next('counted');
      m.send({ type: 'count', atLeast: OPEN });
      return done;
    })), 900_000);
    if (!counted) throw new Error('the members did not converge within 15 minutes');
    report.push([`all ${MEMBERS - 1} members hold a row for every case (from the first creation)`, ms(Math.max(...counted.map((c) => c.at)) - seedStart)]);
    // The changes are timed on a settled team: every member has read every case's document.
    const followed = await withTimeout(Promise.all(members.map((m) => {
      const done = m.next('followed');
      m.send({ type: 'followed' });
      return done;
    })), 900_000);
    if (!followed) throw new Error('the members did not read every case document within 15 minutes');
    report.push([`… and every case's document (timeline, notes)`, ms(Math.max(...followed.map((c) => c.at)) - seedStart)]);
    // Settled as a team that has run for a while: each member has merged its stored updates, as its
    // heartbeat does once idle (every 5 minutes at most). Else the 19 merges fall, all at once on
    // 2 cores, into whichever phase is timed next; 20 browsers each do theirs on their own machine.
    const compacted = await withTimeout(Promise.all(members.map((m) => {
      const done = m.next('compacted');
      m.send({ type: 'compact' });
      return done;
    })), 300_000);
    if (!compacted?.every((c) => c.ran)) throw new Error('the members did not merge their stored updates');

    // Status changes by random members, timed until each other member's row shows them.
    const keys = Array.from({ length: OPEN }, (_, i) => conversationKeyOf(`Bench case ${i}: uploads stall after upgrade`, T0 + i * 60_000)!);
    const statusOf = new Map<string, CaseStatus>(keys.map((key) => [key, 'new']));
    const latencies: number[] = [];
    let missed = 0;
    let seed = 7;
    // Member 1 when it is not the editor of most changes: what each other member does per change.
    await profile(members.slice(1, 2), null);
    const random = (): number => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    for (let k = 0; k < CHANGES; k += 1) {
      const editor = members[Math.floor(random() * members.length)]!;
      const key = keys[Math.floor(random() * keys.length)]!;
      const choices = NEXT[statusOf.get(key) ?? 'new']!;
      const to = choices[Math.floor(random() * choices.length)]!;
      const others = members.filter((m) => m !== editor);
      const seen = others.map((m) => {
        const arrival = m.next('seen', key);
        m.send({ type: 'watch', key, status: to });
        return withTimeout(arrival, 30_000);
      });
      const changed = editor.next('changed', key);
      editor.send({ type: 'change', key, to, k });
      const { at: started, status } = await changed;
      if (status === null) throw new Error(`member could not change ${key} to ${to}`);
      statusOf.set(key, to);
      const arrivals = await Promise.all(seen);
      for (const arrival of arrivals) {
        if (arrival) latencies.push(arrival.at - started);
        else missed += 1;
      }
      // BENCH_VERBOSE=1: each change's slowest arrival and when it was made (a slow stretch shows as a run of them).
      if (process.env.BENCH_VERBOSE) console.log(`change ${k} at ${ms(started - seedStart)}: slowest ${ms(Math.max(...arrivals.map((a) => (a ? a.at - started : 30_000))))}`);
    }
    await profile(members.slice(1, 2), ['member-1-changes']);
    report.push([`a change reaches the other ${MEMBERS - 2} members (${latencies.length} arrivals${missed ? `, ${missed} not within 30 s` : ''}): p50 / p95`, `${ms(percentile(latencies, 50))} / ${ms(percentile(latencies, 95))}`]);

    // One more member joins and follows the whole board: timed from the join (its browser, and
    // so its thread, runs already; starting a thread compiles the TypeScript, ~1 s here).
    const newcomer = await start(joined[MEMBERS - 1]!, true);
    await profile([newcomer, ...members.slice(1, 2)], null);
    const serverCpuBefore = cpuMs(server.pid);
    const othersBefore = members.map((m) => m.busy());
    const joinStart = performance.timeOrigin + performance.now();
    newcomer.send({ type: 'join' });
    const all = newcomer.next('counted');
    newcomer.send({ type: 'count', atLeast: OPEN });
    const firstSync = await withTimeout(all, 600_000);
    report.push([`a new member's first sync: a row for each of the ${OPEN} open cases (dashboard, badge, chips)`, firstSync ? ms(firstSync.at - joinStart) : 'not within 10 min']);
    const docs = newcomer.next('followed');
    newcomer.send({ type: 'followed' });
    const allDocs = await withTimeout(docs, 600_000);
    report.push([`… and every open case's document read (timelines, notes, checklists)`, allDocs ? ms(allDocs.at - joinStart) : 'not within 10 min']);
    await profile([newcomer, ...members.slice(1, 2)], ['newcomer-join', 'member-1-join']);
    report.push(['… the team server\'s CPU time meanwhile (the rest is the member\'s)', ms(cpuMs(server.pid) - serverCpuBefore)]);
    // Whether the other members were at work meanwhile (their threads share the cores with the newcomer's).
    const othersBusy = members.map((m, i) => m.busy(othersBefore[i]).utilization);
    report.push(['… the other members\' threads busy meanwhile: mean / most', `${Math.round((100 * othersBusy.reduce((a, b) => a + b, 0)) / othersBusy.length)} % / ${Math.round(100 * Math.max(...othersBusy))} %`]);

    const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1];
    report.push(['team server memory (RSS)', `${Math.round(Number(rss) / 1024)} MB`]);
    report.push([`${MEMBERS} simulated members' process memory (RSS)`, `${Math.round(process.memoryUsage().rss / 2 ** 20)} MB`]);
  } finally {
    await Promise.all(threads.map((t) => t.stop()));
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  console.log(`\nTeam clients bench (${MEMBERS} members, each a worker thread running lib/background/team/team-sync.ts; ${OPEN} open cases; ${CHANGES} changes):`);
  for (const [what, value] of report) console.log(`  ${what}: ${value}`);
}

await main();
process.exit(0);
