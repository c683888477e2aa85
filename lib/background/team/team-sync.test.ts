import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { findCase, loadEvents, saveCase } from '../../db/cases-repository';
import { openTestDb } from '../../db/test-db';
import type { CaseEvent } from '../../model/case';
import type { TeamMembership } from '../../model/team';
import { updateBoardEntry } from '../../team/board-doc';
import { KEY, T0, teamCase } from '../../team/test-support';
import { historyPeriods, HOT_TIMELINE_MAX } from '../../team/timeline-archive';
import type { Services } from '../services';
import { loadTeamDoc } from './team-docs';
import { casesOfThreads, teamCasesOfListRows } from '../cases-of-threads';
import { TeamSync } from './team-sync';

/** A socket that never connects: these tests are about what a member keeps, offline. */
class NeverOpen {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  readyState = 0;
  binaryType = 'arraybuffer';
  onopen: unknown = null;
  onclose: unknown = null;
  onerror: unknown = null;
  onmessage: unknown = null;
  addEventListener(): void {}
  removeEventListener(): void {}
  send(): void {}
  close(): void {}
}

const membership = (email: string): TeamMembership => ({
  socketUrl: 'ws://127.0.0.1:9/',
  httpUrl: 'http://127.0.0.1:9/',
  team: { id: 'support', name: 'Support' },
  token: 'a-token-of-sixteen-or-more',
  member: { email, name: email.split('@')[0]!, role: 'member' },
  joinedAt: T0,
});

const MONTH = 31 * 24 * 3_600_000;
/** 120 note events spread over three months, as a long-running case collects them. */
const noteEvents = (): CaseEvent[] =>
  Array.from({ length: 120 }, (_, i) => ({ id: `ev-${i.toString().padStart(3, '0')}`, caseId: KEY, at: T0 + Math.floor((i * 3 * MONTH) / 120), actor: 'alice@ftpgate.example.com', type: 'note_changed', from: null, to: null, reason: 'Notes edited' }));

const started: TeamSync[] = [];
function member(email: string, dbName: string, db = openTestDb(undefined, dbName)) {
  const services: Services = { db, now: () => T0 + 4 * MONTH, newId: () => crypto.randomUUID(), settings: async () => ({}) as never, holidays: () => () => false };
  const sync = new TeamSync(services, { caseChanged: async () => {}, linesChanged: () => {}, WebSocketImpl: NeverOpen });
  started.push(sync);
  return { db, sync };
}
afterEach(() => started.splice(0).forEach((sync) => sync.stop()));

/** Copies one shared document from one member's IndexedDB to another's (what the server does for them). */
async function carry(from: ReturnType<typeof member>, to: ReturnType<typeof member>, name: string): Promise<void> {
  const source = await loadTeamDoc(from.db, name);
  const target = await loadTeamDoc(to.db, name);
  Y.applyUpdate(target, Y.encodeStateAsUpdate(source), 'test');
}

describe('a long case timeline in the team', () => {
  it('the case document keeps the newest events; older months go to archive documents; nothing is lost', async () => {
    const alice = member('alice@ftpgate.example.com', 'alice');
    await alice.sync.use(membership('alice@ftpgate.example.com'));
    const events = noteEvents();
    await saveCase(alice.db, teamCase({ notes: 'many edits' }), null, events);
    await alice.sync.localChange(KEY);

    const doc = await loadTeamDoc(alice.db, `team:support/cases/${KEY}`);
    expect(doc.getArray('timeline').length).toBeLessThanOrEqual(HOT_TIMELINE_MAX);
    const periods = historyPeriods(doc);
    expect(periods).toEqual(['2025-03', '2025-04', '2025-05']);
    expect((await loadEvents(alice.db, KEY)).map((e) => e.id)).toEqual(events.map((e) => e.id));

    // Bob joins later: the server gives him the board, the case and its months; his case row has the whole story.
    const bob = member('bob@ftpgate.example.com', 'bob');
    for (const rest of ['board', `cases/${KEY}`, ...periods.map((p) => `cases/${KEY}/history/${p}`)]) await carry(alice, bob, `team:support/${rest}`);
    const board = await loadTeamDoc(bob.db, 'team:support/board');
    expect(board.getMap('cases').has(KEY)).toBe(true);
    await bob.sync.use(membership('bob@ftpgate.example.com'));
    await expect.poll(async () => (await loadEvents(bob.db, KEY)).length, { timeout: 5_000 }).toBe(events.length);
    expect((await findCase(bob.db, KEY))?.case.notes).toBe('many edits');
  });

  it('a short timeline stays whole in the case document (no archive for a case of a few events)', async () => {
    const alice = member('alice@ftpgate.example.com', 'alice-short');
    await alice.sync.use(membership('alice@ftpgate.example.com'));
    await saveCase(alice.db, teamCase(), null, noteEvents().slice(0, 10));
    await alice.sync.localChange(KEY);
    const doc = await loadTeamDoc(alice.db, `team:support/cases/${KEY}`);
    expect(doc.getArray('timeline').length).toBe(10);
    expect(historyPeriods(doc)).toEqual([]);
    const board = await loadTeamDoc(alice.db, 'team:support/board');
    updateBoardEntry(board, KEY, teamCase(), 'test');
    expect(board.getMap('cases').size).toBe(1);
  });
});

describe('joining a team', () => {
  it('adopts this browser\'s open cases made from threads; hand-made and closed ones stay personal', async () => {
    const carol = member('carol@ftpgate.example.com', 'carol');
    const fromThread = { ...teamCase({ id: 'gmail:carol@ftpgate.example.com:1955a1c2d3e4f501', account: 'carol@ftpgate.example.com' }) };
    const byHand = teamCase({ id: 'gmail:carol@ftpgate.example.com:1955a1c2d3e4f502', subject: 'Licence renewal', createdAt: T0 + 3_600_000 });
    const closed = teamCase({ id: 'gmail:carol@ftpgate.example.com:1955a1c2d3e4f503', subject: 'Old question', status: 'closed' });
    const created = (c: typeof fromThread, when: number): CaseEvent => ({ id: `created-${c.id}`, caseId: c.id, at: when, actor: 'casebook', type: 'created', from: null, to: 'new', reason: 'Thread to support' });
    await saveCase(carol.db, fromThread, null, [created(fromThread, T0 + 60_000)]);
    await saveCase(carol.db, byHand, null, [created(byHand, byHand.createdAt)]);
    await saveCase(carol.db, closed, null, [created(closed, T0 + 60_000)]);

    await carol.sync.use(membership('carol@ftpgate.example.com'));
    expect(await carol.sync.adopting).toBe(1);
    const ids = (await carol.db.cases.toArray()).map((row) => row.id).sort();
    expect(ids.filter((id) => id.startsWith('conv-'))).toHaveLength(1);
    expect(ids).toContain(byHand.id);
    expect(ids).toContain(closed.id);
    expect(ids).not.toContain(fromThread.id);
    const board = await loadTeamDoc(carol.db, 'team:support/board');
    expect([...board.getMap('cases').keys()]).toEqual(ids.filter((id) => id.startsWith('conv-')));
    // Its timeline came along.
    const key = ids.find((id) => id.startsWith('conv-'))!;
    expect((await loadEvents(carol.db, key)).map((e) => e.id)).toContain(`created-${fromThread.id}`);

    // Once per team: starting again adopts nothing more.
    carol.sync.stop();
    await carol.sync.use(membership('carol@ftpgate.example.com'));
    expect(await carol.sync.adopting).toBe(0);
  });
});

describe('the inbox list finds team cases', () => {
  it('by this mailbox\'s thread id, though the case is stored under its conversation key', async () => {
    const alice = member('alice@ftpgate.example.com', 'alice-list');
    await alice.sync.use(membership('alice@ftpgate.example.com'));
    await saveCase(alice.db, teamCase(), null, noteEvents().slice(0, 3));
    await alice.sync.localChange(KEY);
    const services = { db: alice.db, team: alice.sync } as unknown as Services;
    await expect.poll(async () => [...(await casesOfThreads(services, 'gmail', 'Alice@ftpgate.example.com', ['1955a1c2d3e4f501', '19aaaaaaaaaaaaaa'])).entries()].map(([thread, c]) => [thread, c.id])).toEqual([['1955a1c2d3e4f501', KEY]]);
    // Another mailbox's list does not see it under the same thread id.
    expect((await casesOfThreads(services, 'gmail', 'bob@ftpgate.example.com', ['1955a1c2d3e4f501'])).size).toBe(0);
  });

  it('after the worker restarts, before any case document is read again', async () => {
    const alice = member('alice@ftpgate.example.com', 'alice-restart');
    await alice.sync.use(membership('alice@ftpgate.example.com'));
    await saveCase(alice.db, teamCase(), null, noteEvents().slice(0, 3));
    await alice.sync.localChange(KEY);
    await expect.poll(async () => (await alice.db.teamSync.get(`team:support/cases/${KEY}`))?.threads).toEqual(['gmail:alice@ftpgate.example.com:1955a1c2d3e4f501']);
    alice.sync.stop();
    // Nothing left to send and the row is as the board says: the restarted worker loads no case document.
    await alice.db.teamSync.update(`team:support/cases/${KEY}`, { pendingSince: null });
    const restarted = member('alice@ftpgate.example.com', 'alice-restart', alice.db);
    await restarted.sync.use(membership('alice@ftpgate.example.com'));
    expect([...restarted.sync.caseKeysForThreads('gmail', 'alice@ftpgate.example.com', ['1955a1c2d3e4f501']).values()]).toEqual([KEY]);
  });
});

describe('the inbox list shows team cases this member never opened', () => {
  it('by subject and sender from the board, for chips only', async () => {
    const bob = member('bob@ftpgate.example.com', 'bob-list');
    // As Alice's case reaches Bob: the projected row names Alice's thread, the board lists it.
    await saveCase(bob.db, teamCase(), null, noteEvents().slice(0, 1));
    const board = await loadTeamDoc(bob.db, 'team:support/board');
    updateBoardEntry(board, KEY, teamCase(), 'test');
    await bob.sync.use(membership('bob@ftpgate.example.com'));
    const services = { db: bob.db, team: bob.sync } as unknown as Services;
    const row = (threadId: string, lastSenderEmail: string | null, subject = 'Re: FTPGate Server 4.2: passive-mode transfers time out after upgrade') => ({ threadId, subject, unread: true, lastSenderEmail });
    // Bob's mailbox has its own thread id for the conversation: no case document names it.
    expect((await casesOfThreads(services, 'gmail', 'bob@ftpgate.example.com', ['19bbbbbbbbbbbbb1'])).size).toBe(0);
    const found = await teamCasesOfListRows(services, 'bob@ftpgate.example.com', [
      row('19bbbbbbbbbbbbb1', 'dana.whitfield@lakeside.example.com'),
      row('19bbbbbbbbbbbbb2', 'bob@ftpgate.example.com'),
      row('19bbbbbbbbbbbbb3', 'mallory@elsewhere.example'),
      row('19bbbbbbbbbbbbb4', 'dana.whitfield@lakeside.example.com', 'Another question'),
    ]);
    expect([...found].map(([thread, c]) => [thread, c.id])).toEqual([['19bbbbbbbbbbbbb1', KEY], ['19bbbbbbbbbbbbb2', KEY]]);
    // Closed on the board: no chip any more.
    updateBoardEntry(board, KEY, teamCase({ status: 'closed' }), 'test');
    expect((await teamCasesOfListRows(services, 'bob@ftpgate.example.com', [row('19bbbbbbbbbbbbb1', 'dana.whitfield@lakeside.example.com')])).size).toBe(0);
  });
});

describe('a member keeps only the case documents in use loaded', () => {
  it('a change the server has not confirmed is marked, so a restarted worker loads that case and sends it', async () => {
    const alice = member('alice@ftpgate.example.com', 'alice-pending');
    await alice.sync.use(membership('alice@ftpgate.example.com'));
    await saveCase(alice.db, teamCase({ notes: 'written offline' }), null, noteEvents().slice(0, 2));
    await alice.sync.localChange(KEY);
    // Offline (the socket never opens): the change waits in IndexedDB, marked.
    expect((await alice.db.teamSync.get(`team:support/cases/${KEY}`))?.pendingSince).toBe(T0 + 4 * MONTH);
  });
});
