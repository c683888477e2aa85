// The team sync code (lib/background/team/team-sync.ts) between members in Node, against the
// real team server: what a new member's first sync fetches and keeps, without a browser (the
// two-browser flows are in team-workspace.e2e.ts). Each member has its own fake IndexedDB.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { transition } from '../../lib/core/case/case-status';
import { findCase, loadEvents, saveCase } from '../../lib/db/cases-repository';
import { CasebookDb } from '../../lib/db/database';
import type { Services } from '../../lib/background/services';
import { loadTeamDoc, releaseTeamDoc } from '../../lib/background/team/team-docs';
import { TeamSync } from '../../lib/background/team/team-sync';
import type { SupportCase } from '../../lib/model/case';
import type { TeamMembership } from '../../lib/model/team';
import { readCase } from '../../lib/team/case-doc';
import { numberedCase } from '../../lib/team/test-support';
import { boardEntryOf } from '../../lib/team/board-doc';
import { memberToken, startServer, type ServerProcess } from '../../server/test/helpers/server-process';

const T0 = Date.UTC(2026, 10, 2, 9, 0);
const CASES = 40;

interface Member {
  db: CasebookDb;
  sync: TeamSync;
  changed: string[];
}

function caseNumber(i: number, account: string): SupportCase {
  return { ...numberedCase(i, account, `Case ${i}: passive-mode transfers time out`, T0), notes: `Called Dana ${i} about the firewall.` };
}

describe('a new member joins a team of 40 open cases (real server)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'casebook-first-sync-'));
  let server: ServerProcess;
  const members: Member[] = [];

  async function joinTeam(email: string): Promise<Member> {
    const joined = await memberToken(server, dataDir, email);
    const membership: TeamMembership = { socketUrl: server.url, httpUrl: server.httpUrl, team: joined.team, token: joined.token, member: { ...joined.member, role: 'member' }, joinedAt: T0 };
    const db = new CasebookDb(`first-sync-${email}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    let n = 0;
    const services: Services = { db, now: () => Date.now(), newId: () => `${email}-${n++}`, settings: async () => ({}) as never, holidays: () => () => false };
    const changed: string[] = [];
    const sync = new TeamSync(services, { caseChanged: async (key) => void changed.push(key), linesChanged: () => {}, WebSocketImpl: WebSocket });
    const member = { db, sync, changed };
    members.push(member);
    await sync.use(membership);
    return member;
  }

  beforeAll(async () => {
    server = await startServer(dataDir);
  });
  afterAll(async () => {
    for (const m of members) m.sync.stop();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('gets every case: rows from the board first, then each whole case, stored for offline use', async () => {
    const alice = await joinTeam('alice@example.com');
    const cases = Array.from({ length: CASES }, (_, i) => caseNumber(i, 'alice@example.com'));
    for (const c of cases) {
      await saveCase(alice.db, c, null, [{ id: `created-${c.id}`, caseId: c.id, at: c.createdAt, actor: 'casebook', type: 'created', from: null, to: 'new', reason: 'Thread to support' }]);
      await alice.sync.localChange(c.id);
    }

    const bob = await joinTeam('bob@example.com');
    await expect.poll(async () => bob.db.cases.count(), { timeout: 20_000 }).toBe(CASES);
    await bob.sync.whenFollowed();
    await expect.poll(async () => bob.db.teamSync.filter((row) => row.fromBoard === true).count(), { timeout: 20_000 }).toBe(0);
    for (const c of cases) {
      const row = (await findCase(bob.db, c.id))!.case;
      expect(row).toMatchObject({ subject: c.subject, customer: c.customer, notes: c.notes, status: 'new', createdAt: c.createdAt });
      // Bob's link searches his own mailbox: Alice's thread id means nothing there.
      expect(row.threadUrl).toMatch(/^https:\/\/mail\.google\.com\/mail\/#search\//);
      expect((await loadEvents(bob.db, c.id)).map((e) => e.id)).toEqual([`created-${c.id}`]);
    }
    // Each case document is in Bob's IndexedDB: it opens offline with what the server sent.
    const doc = await loadTeamDoc(bob.db, `team:${(bob.sync.membership!).team.id}/cases/${cases[7]!.id}`);
    expect(readCase(doc)?.case.notes).toBe(cases[7]!.notes);
    releaseTeamDoc(bob.db, doc);
  });

  it('a change either makes reaches the other, and the row has its timeline event', async () => {
    const [alice, bob] = members as [Member, Member];
    const key = caseNumber(3, '').id;
    const before = (await findCase(alice.db, key))!.case;
    const moved = transition(before, 'acknowledged', { actor: 'alice@example.com', at: Date.now(), eventId: 'ev-alice-started', reason: 'Working on it' });
    if (!moved.ok) throw new Error('transition refused');
    await saveCase(alice.db, moved.case, before, [moved.event]);
    await alice.sync.localChange(key);
    await expect.poll(async () => (await findCase(bob.db, key))?.case.status, { timeout: 10_000 }).toBe('acknowledged');
    await expect.poll(async () => (await loadEvents(bob.db, key)).map((e) => e.id), { timeout: 10_000 }).toContain('ev-alice-started');
    // Bob read the document outside y-dexie (team-sync.ts #fetchWhole): what the server added is
    // stored as one more update, so the document opens offline with Alice's change.
    const name = `team:${bob.sync.membership!.team.id}/cases/${key}`;
    expect(await bob.db.table('$teamDocs.doc_updates').where('k').equals(name).count()).toBe(2);
    const stored = await loadTeamDoc(bob.db, name);
    expect(readCase(stored)?.case.status).toBe('acknowledged');
    expect(readCase(stored)?.events.map((e) => e.id)).toContain('ev-alice-started');
    releaseTeamDoc(bob.db, stored);

    const bobs = (await findCase(bob.db, key))!.case;
    await saveCase(bob.db, { ...bobs, owner: 'bob@example.com', updatedAt: Date.now() }, bobs, [{ id: 'ev-bob-took', caseId: key, at: Date.now(), actor: 'bob@example.com', type: 'owner_changed', from: null, to: 'bob@example.com', reason: 'Assigned' }]);
    await bob.sync.localChange(key);
    await expect.poll(async () => (await findCase(alice.db, key))?.case.owner, { timeout: 10_000 }).toBe('bob@example.com');
    await expect.poll(async () => (await loadEvents(alice.db, key)).map((e) => e.id), { timeout: 10_000 }).toEqual(expect.arrayContaining(['ev-alice-started', 'ev-bob-took']));
    // Alice's own thread stays hers.
    expect((await findCase(alice.db, key))?.case.threadUrl).toBe('https://mail.google.com/mail/u/0/#inbox/3');
  });

  it("a member's hand-written board entry no case document matches shows for a moment, then the document wins", async () => {
    const [alice, bob] = members as [Member, Member];
    const carol = await joinTeam('carol@example.com');
    await expect.poll(async () => carol.db.cases.count(), { timeout: 20_000 }).toBe(CASES);
    const key = caseNumber(11, '').id;
    const real = (await findCase(bob.db, key))!.case;
    // Carol writes the board by hand (not through Casebook): a status and a time no document has.
    const board = await loadTeamDoc(carol.db, `team:${carol.sync.membership!.team.id}/board`);
    const told = bob.changed.length;
    board.transact(() => board.getMap('cases').set(key, { ...boardEntryOf(real), status: 'waiting_developer', updatedAt: Date.now() + 365 * 24 * 3_600_000 }), 'hand');
    // Bob's row takes the entry (it may show for a moment), then his sync reads the case document
    // (again a few times, as the row still lags the entry): the document's status stands.
    await expect.poll(() => bob.changed.slice(told).includes(key), { timeout: 10_000 }).toBe(true);
    await expect.poll(async () => (await findCase(bob.db, key))?.case.status, { timeout: 15_000 }).toBe(real.status);
    await expect.poll(async () => (await findCase(alice.db, key))?.case.status, { timeout: 15_000 }).toBe(real.status);
  });
});
