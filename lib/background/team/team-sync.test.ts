import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { findCase, loadEvents, saveCase } from '../../db/cases-repository';
import { openTestDb } from '../../db/test-db';
import type { CaseEvent } from '../../model/case';
import type { TeamMembership } from '../../model/team';
import { updateBoardEntry } from '../../team/board-doc';
import { caseThreads, readCase } from '../../team/case-doc';
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

describe('the board shows first, the documents follow', () => {
  const BOB = 'bob@ftpgate.example.com';
  /** Alice's case, shared; Bob has only what the server gave him of `rests` (board first). */
  async function aliceAndBob(name: string, rests: string[]) {
    const alice = member('alice@ftpgate.example.com', `alice-${name}`);
    await alice.sync.use(membership('alice@ftpgate.example.com'));
    const created = teamCase({ status: 'acknowledged', owner: 'alice@ftpgate.example.com', dueAt: T0 + 3_600_000 });
    await saveCase(alice.db, created, null, noteEvents().slice(0, 3));
    await alice.sync.localChange(KEY);
    const bob = member(BOB, `bob-${name}`);
    for (const rest of rests) await carry(alice, bob, `team:support/${rest}`);
    await bob.sync.use(membership(BOB));
    return { alice, bob };
  }

  it('a new member gets a row for every open case from the board alone, marked until its document is read', async () => {
    const { alice, bob } = await aliceAndBob('rows', ['board']);
    await expect.poll(async () => (await findCase(bob.db, KEY))?.case.status, { timeout: 5_000 }).toBe('acknowledged');
    const row = (await findCase(bob.db, KEY))!.case;
    expect(row).toMatchObject({ owner: 'alice@ftpgate.example.com', dueAt: T0 + 3_600_000, subject: teamCase().subject, customer: { email: 'dana.whitfield@lakeside.example.com', name: '' }, threadId: null, account: BOB });
    expect(row.threadUrl).toMatch(/^https:\/\/mail\.google\.com\/mail\/#search\//);
    expect(await loadEvents(bob.db, KEY)).toEqual([]);
    expect((await bob.db.teamSync.get(`team:support/cases/${KEY}`))?.fromBoard).toBe(true);

    // The document arrives: the row is the whole case, no longer marked.
    await carry(alice, bob, `team:support/cases/${KEY}`);
    await expect.poll(async () => (await loadEvents(bob.db, KEY)).length, { timeout: 5_000 }).toBe(3);
    expect((await findCase(bob.db, KEY))?.case.customer.name).toBe('Dana Whitfield');
    expect((await bob.db.teamSync.get(`team:support/cases/${KEY}`))?.fromBoard).toBeUndefined();
  });

  it('a change made on a board row before its document is read waits for it, then is merged and shared; no blanks reach the document', async () => {
    const { alice, bob } = await aliceAndBob('early-edit', ['board']);
    await expect.poll(async () => (await findCase(bob.db, KEY))?.case.status, { timeout: 5_000 }).toBe('acknowledged');
    const before = (await findCase(bob.db, KEY))!.case;
    const taken = { ...before, owner: BOB, updatedAt: T0 + 4 * MONTH };
    const event: CaseEvent = { id: 'ev-bob-owner', caseId: KEY, at: T0 + 4 * MONTH, actor: BOB, type: 'owner_changed', from: 'alice@ftpgate.example.com', to: BOB, reason: 'Assigned' };
    await saveCase(bob.db, taken, before, [event]);
    await bob.sync.localChange(KEY);
    const bobsDoc = await loadTeamDoc(bob.db, `team:support/cases/${KEY}`);
    expect(bobsDoc.getMap('fields').size).toBe(0);
    expect((await bob.db.teamSync.get(`team:support/cases/${KEY}`))?.pendingSince).toBe(T0 + 4 * MONTH);

    await carry(alice, bob, `team:support/cases/${KEY}`);
    await expect.poll(async () => (await findCase(bob.db, KEY))?.case.customer.name, { timeout: 5_000 }).toBe('Dana Whitfield');
    const merged = (await findCase(bob.db, KEY))!.case;
    expect(merged).toMatchObject({ owner: BOB, status: 'acknowledged', threadId: '1955a1c2d3e4f501', notes: '' });
    expect((await loadEvents(bob.db, KEY)).map((e) => e.id)).toContain('ev-bob-owner');
    // Shared: Bob's owner and event are in the document; the thread is still only Alice's.
    await expect.poll(() => readCase(bobsDoc)?.case.owner, { timeout: 5_000 }).toBe(BOB);
    expect(readCase(bobsDoc)!.events.map((e) => e.id)).toContain('ev-bob-owner');
    expect(caseThreads(bobsDoc).map((t) => t.threadId)).toEqual(['1955a1c2d3e4f501']);
    expect(readCase(bobsDoc)!.case.customer.name).toBe('Dana Whitfield');
  });

  it("a colleague's case keeps linking by search here, and an edit here leaves the colleague's own link in the document", async () => {
    const { alice, bob } = await aliceAndBob('links', ['board', `cases/${KEY}`]);
    await expect.poll(async () => (await loadEvents(bob.db, KEY)).length, { timeout: 5_000 }).toBe(3);
    const shown = (await findCase(bob.db, KEY))!.case;
    expect(shown.threadUrl).toMatch(/^https:\/\/mail\.google\.com\/mail\/#search\//);
    await saveCase(bob.db, { ...shown, notes: 'Bob called Dana.' }, shown, []);
    await bob.sync.localChange(KEY);
    const bobsDoc = await loadTeamDoc(bob.db, `team:support/cases/${KEY}`);
    expect(readCase(bobsDoc)?.case.notes).toBe('Bob called Dana.');
    expect(caseThreads(bobsDoc).map((t) => t.threadUrl)).toEqual([teamCase().threadUrl]);
    // Projected again (the document changed): still the search, never Alice's mailbox link.
    await carry(alice, bob, `team:support/cases/${KEY}`);
    await saveCase(alice.db, { ...(await findCase(alice.db, KEY))!.case, category: 'network' }, (await findCase(alice.db, KEY))!.case, []);
    await alice.sync.localChange(KEY);
    await carry(alice, bob, `team:support/cases/${KEY}`);
    await expect.poll(async () => (await findCase(bob.db, KEY))?.case.category, { timeout: 5_000 }).toBe('network');
    expect((await findCase(bob.db, KEY))?.case.threadUrl).toBe(shown.threadUrl);
  });

  it("a colleague's status and owner reach the row from the board before the document; a change not sent yet here is kept", async () => {
    const { alice, bob } = await aliceAndBob('patch', ['board', `cases/${KEY}`]);
    await expect.poll(async () => (await loadEvents(bob.db, KEY)).length, { timeout: 5_000 }).toBe(3);
    const followed = (await findCase(bob.db, KEY))!.case;
    // Bob changed the deadline here (not sent: offline); Alice moves the status and hands the case to Bob.
    await saveCase(bob.db, { ...followed, dueAt: T0 + 7_200_000 }, followed, []);
    const alices = (await findCase(alice.db, KEY))!.case;
    const moved = { ...alices, status: 'in_progress' as const, owner: BOB, dueAt: null, updatedAt: T0 + 4 * MONTH };
    await saveCase(alice.db, moved, alices, [{ id: 'ev-alice-moved', caseId: KEY, at: T0 + 4 * MONTH, actor: 'alice@ftpgate.example.com', type: 'status_changed', from: 'acknowledged', to: 'in_progress', reason: 'Working on it' }]);
    await alice.sync.localChange(KEY);
    const assigned: string[] = [];
    (bob.sync as unknown as { hooks: { assignedToMe: (c: { id: string }) => void } }).hooks.assignedToMe = (c) => assigned.push(c.id);
    await carry(alice, bob, 'team:support/board');

    await expect.poll(async () => (await findCase(bob.db, KEY))?.case.status, { timeout: 5_000 }).toBe('in_progress');
    const row = (await findCase(bob.db, KEY))!.case;
    expect(row.owner).toBe(BOB);
    expect(row.dueAt).toBe(T0 + 7_200_000);
    // Still behind the board until the document is read: the timeline has not come yet.
    expect(row.updatedAt).toBe(followed.updatedAt);
    expect((await loadEvents(bob.db, KEY)).map((e) => e.id)).not.toContain('ev-alice-moved');
    const base = (await bob.db.teamSync.get(`team:support/cases/${KEY}`))?.base as { status: string; owner: string; dueAt: number };
    expect(base).toMatchObject({ status: 'in_progress', owner: BOB, dueAt: T0 + 3_600_000 });
    expect(assigned).toEqual([KEY]);
  });
});

describe('stored updates of team documents', () => {
  it('are merged into one per document when the member is idle, and the document reads the same', async () => {
    const alice = member('alice@ftpgate.example.com', 'alice-compact');
    await alice.sync.use(membership('alice@ftpgate.example.com'));
    let before = teamCase({ notes: 'first' });
    await saveCase(alice.db, before, null, []);
    await alice.sync.localChange(KEY);
    for (const notes of ['second', 'third', 'fourth']) {
      const next = { ...(await findCase(alice.db, KEY))!.case, notes, updatedAt: before.updatedAt + 1 };
      await saveCase(alice.db, next, before, []);
      await alice.sync.localChange(KEY);
      before = next;
    }
    const name = `team:support/cases/${KEY}`;
    const updates = alice.db.table('$teamDocs.doc_updates');
    expect(await updates.where('k').equals(name).count()).toBeGreaterThan(1);

    expect(await alice.sync.compactIfIdle(0)).toBe(true);
    expect(await updates.where('k').equals(name).count()).toBe(1);
    const doc = await loadTeamDoc(alice.db, name);
    expect(readCase(doc)?.case.notes).toBe('fourth');
  });
});
