// One simulated team member for `npm run bench:team-clients`, in its own worker thread as a
// member has its own browser: the extension's TeamSync over its own IndexedDB (y-dexie on
// fake-indexeddb) and its own WebSocket. The main thread (../bench-team-clients.ts) tells it
// what to do and it answers with the wall-clock moment things happened.
// First: this member's own BroadcastChannel scope, as its own browser has (why: the file).
import './own-broadcast-scope';
// Dexie's live queries (y-dexie loads documents through them) need IndexedDB's globals.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { parentPort, workerData } from 'node:worker_threads';
import WebSocket from 'ws';
import { transition } from '../../lib/core/case/case-status';
import { findCase, saveCase } from '../../lib/db/cases-repository';
import { CasebookDb } from '../../lib/db/database';
import type { CaseStatus, SupportCase } from '../../lib/model/case';
import type { TeamMembership } from '../../lib/model/team';
import type { Services } from '../../lib/background/services';
import { TeamSync } from '../../lib/background/team/team-sync';
import { numberedCase } from '../../lib/team/test-support';

// y-dexie says "Y.Doc … was destroyed" on console.debug each time a released case document goes.
console.debug = () => {};

export const T0 = Date.UTC(2026, 10, 2, 9, 0);

export type ToMember =
  | { type: 'create'; from: number; to: number }
  | { type: 'count'; atLeast: number }
  | { type: 'followed' }
  | { type: 'compact' }
  | { type: 'join' }
  | { type: 'watch'; key: string; status: CaseStatus }
  | { type: 'change'; key: string; to: CaseStatus; k: number }
  | { type: 'profile'; file: string | null }
  | { type: 'stop' };
export type FromMember =
  | { type: 'ready' }
  | { type: 'created'; ms: number }
  | { type: 'counted'; at: number }
  | { type: 'followed'; at: number }
  | { type: 'compacted'; ran: boolean }
  | { type: 'seen'; key: string; at: number }
  | { type: 'changed'; key: string; status: CaseStatus | null; at: number }
  | { type: 'profiled' }
  | { type: 'stopped' };

export interface MemberData {
  membership: TeamMembership;
  /** Join when told ('join'), not at start: the newcomer's first sync is timed from its join, not from its thread's start. */
  joinWhenTold?: boolean;
}

/** Epoch milliseconds with sub-millisecond precision, comparable across threads. */
const wallNow = (): number => performance.timeOrigin + performance.now();

export function benchCase(i: number, account: string): SupportCase {
  return numberedCase(i, account, `Bench case ${i}: uploads stall after upgrade`, T0);
}

if (parentPort) {
  const port = parentPort;
  const { membership, joinWhenTold } = workerData as MemberData;
  const email = membership.member.email;
  const db = new CasebookDb(`bench-${email}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  let n = 0;
  const watches = new Map<string, CaseStatus>();
  let profiler: Session | null = null;
  // Which cases this member's rows hold, told by the sync as it stores them: counting the rows
  // every few milliseconds would cost the member more than the sync being timed.
  const held = new Set<string>();
  let counting: { atLeast: number; done: () => void } | null = null;
  const countReached = (): void => {
    if (counting && held.size >= counting.atLeast) {
      counting.done();
      counting = null;
    }
  };
  const post = (message: FromMember): void => port.postMessage(message);
  const check = async (key: string): Promise<void> => {
    const wanted = watches.get(key);
    if (!wanted) return;
    const row = await findCase(db, key);
    if (row?.case.status === wanted && watches.get(key) === wanted) {
      watches.delete(key);
      post({ type: 'seen', key, at: wallNow() });
    }
  };
  const services: Services = { db, now: () => Date.now(), newId: () => `${email}-${n++}`, settings: async () => ({}) as never, holidays: () => () => false };
  const sync = new TeamSync(services, {
    caseChanged: (key) => {
      held.add(key);
      countReached();
      return check(key);
    },
    linesChanged: () => {},
    WebSocketImpl: WebSocket,
  });
  if (!joinWhenTold) void sync.use(membership);

  port.on('message', (message: ToMember) => {
    void (async () => {
      switch (message.type) {
        case 'create': {
          // As a sidebar does: saveCase, then share the change.
          const started = performance.now();
          for (let i = message.from; i < message.to; i += 1) {
            const c = benchCase(i, email);
            await saveCase(db, c, null, [{ id: `created-${c.id}`, caseId: c.id, at: c.createdAt, actor: 'casebook', type: 'created', from: null, to: 'new', reason: 'Thread to support' }]);
            await sync.localChange(c.id);
          }
          post({ type: 'created', ms: performance.now() - started });
          break;
        }
        case 'count': {
          for (const key of await db.cases.toCollection().primaryKeys()) held.add(String(key));
          await new Promise<void>((resolve) => {
            counting = { atLeast: message.atLeast, done: resolve };
            countReached();
          });
          // What the sync told is what the rows hold.
          if ((await db.cases.count()) < message.atLeast) throw new Error('the rows hold fewer cases than the sync reported');
          post({ type: 'counted', at: wallNow() });
          break;
        }
        case 'join':
          void sync.use(membership);
          break;
        case 'followed': {
          // Every case's document read (the rows from the board filled in), nothing left queued.
          for (;;) {
            await sync.whenFollowed();
            if ((await db.teamSync.filter((row) => row.fromBoard === true).count()) === 0) break;
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
          post({ type: 'followed', at: wallNow() });
          break;
        }
        case 'compact':
          // What the member's heartbeat does once it is idle (lib/background/team/compaction.ts).
          post({ type: 'compacted', ran: await sync.compactIfIdle() });
          break;
        case 'watch':
          watches.set(message.key, message.status);
          await check(message.key);
          break;
        case 'change': {
          const at = wallNow();
          const stored = (await findCase(db, message.key))?.case;
          const moved = stored ? transition(stored, message.to, { actor: email, at: Date.now(), eventId: `change-${message.k}`, reason: 'bench' }) : null;
          if (!stored || !moved?.ok) {
            post({ type: 'changed', key: message.key, status: null, at });
            break;
          }
          await saveCase(db, moved.case, stored, [moved.event]);
          await sync.localChange(message.key);
          post({ type: 'changed', key: message.key, status: message.to, at });
          break;
        }
        case 'profile':
          // BENCH_PROFILE: this thread's CPU profile over a phase (a profile of every thread slows the bench too much).
          if (message.file === null) {
            profiler ??= new Session();
            profiler.connect();
            await profiler.post('Profiler.enable');
            await profiler.post('Profiler.start');
          } else if (profiler) {
            const { profile } = await profiler.post('Profiler.stop');
            writeFileSync(message.file, JSON.stringify(profile));
            profiler.disconnect();
          }
          post({ type: 'profiled' });
          break;
        case 'stop':
          sync.stop();
          post({ type: 'stopped' });
          break;
      }
    })();
  });
  post({ type: 'ready' });
}
