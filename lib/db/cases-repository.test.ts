import { describe, expect, it } from 'vitest';
import type { SupportCase } from '../model/case';
import { setNotes, setOwner } from '../core/case/case-edits';
import { transition } from '../core/case/case-status';
import { nextWakeAt as nextWakeInMemory } from '../core/case/case-queries';
import { updateStep } from '../core/case/checklists';
import { applyThread } from '../core/case/derive-from-thread';
import { linkPhoneCase, logPhoneCase } from '../core/case/phone-case';
import { at, context, idSource, message, people, thread } from '../core/case/test-support';
import {
  casesForThreads, countCases, countWaitingInSlices, findCase, linkPhoneCaseToThread, listCasesDueBefore, listCasesWithOpenTickets, loadEvents, nextWakeAt, saveCase,
} from './cases-repository';
import { mulberry32, seedCases } from './seed';
import { openTestDb } from './test-db';

const created = applyThread(null, thread([message(people.jane, '2025-11-03T10:00:00Z')]), context('2025-11-03T10:05:00Z', idSource('c')));
const by = (actor: string, when: string, eventId: string) => ({ actor, at: at(when), eventId });

describe('saveCase / findCase / loadEvents', () => {
  it('creates at version 1, bumps on every save, and keeps the timeline in order', async () => {
    const db = openTestDb();
    const first = await saveCase(db, created.case, null, created.events);
    expect(first.version).toBe(1);
    const owned = setOwner(first, 'bob@casebook-vendor.com', by('alice@casebook-vendor.com', '2025-11-03T11:00:00Z', 'e-owner'))!;
    const second = await saveCase(db, owned.case, first, [owned.event]);
    expect(second.version).toBe(2);
    expect((await findCase(db, created.case.id))?.case).toEqual(second);
    expect((await loadEvents(db, created.case.id)).map((event) => event.type)).toEqual(['created', 'owner_changed']);
    expect(await findCase(db, 'gmail:nobody:none')).toBeNull();
  });

  it('a write that changes nothing keeps the version (nothing to push), even from an old base', async () => {
    const db = openTestDb();
    const first = await saveCase(db, created.case, null, created.events);
    const again = await saveCase(db, { ...first, updatedAt: first.updatedAt + 60_000 }, first, []);
    expect(again).toEqual(first);
    const owned = setOwner(first, 'bob@casebook-vendor.com', by('alice@casebook-vendor.com', '2025-11-03T11:00:00Z', 'e-owner'))!;
    const second = await saveCase(db, owned.case, first, [owned.event]);
    // A writer that read version 1 and writes the same owner again changes nothing.
    const stale = await saveCase(db, { ...owned.case, updatedAt: owned.case.updatedAt + 1 }, first, []);
    expect(stale.version).toBe(second.version);
    expect((await loadEvents(db, created.case.id)).map((event) => event.type)).toEqual(['created', 'owner_changed']);
  });

  it('lost update: two writers from the same version both land', async () => {
    const db = openTestDb();
    const base = await saveCase(db, created.case, null, created.events);
    // Sidebar and dashboard both read version 1 …
    const owner = setOwner(base, 'bob@casebook-vendor.com', by('alice@casebook-vendor.com', '2025-11-03T11:00:00Z', 'e-a'))!;
    const ticked = updateStep(base, { list: 'assessment', step: 'acknowledge' }, { done: true, note: 'Sent' }, by('bob@casebook-vendor.com', '2025-11-03T11:00:05Z', 'e-b1'))!;
    const moved = transition(ticked.case, 'waiting_customer', { ...by('bob@casebook-vendor.com', '2025-11-03T11:00:06Z', 'e-b2'), reason: 'Asked for logs' });
    if (!moved.ok) throw new Error(moved.error);
    // … and save one after the other, both based on version 1.
    await saveCase(db, owner.case, base, [owner.event]);
    const last = await saveCase(db, moved.case, base, [ticked.event, moved.event]);

    expect(last.version).toBe(3);
    expect(last).toMatchObject({ owner: 'bob@casebook-vendor.com', status: 'waiting_customer' });
    expect(last.assessment.acknowledge).toMatchObject({ done: true, note: 'Sent' });
    expect((await findCase(db, base.id))?.case).toEqual(last);
    expect((await loadEvents(db, base.id)).map((event) => event.id)).toEqual(['c-1', 'e-a', 'e-b1', 'e-b2']);
  });

  it('two tabs creating the same case at once: one case, nothing lost', async () => {
    const db = openTestDb();
    const a = await saveCase(db, created.case, null, created.events);
    const other = setNotes(created.case, 'Also seen in the other tab', by('alice@casebook-vendor.com', '2025-11-03T10:06:00Z', 'e-n'))!;
    const b = await saveCase(db, other.case, null, [other.event]);
    expect([a.version, b.version, b.notes]).toEqual([1, 2, 'Also seen in the other tab']);
    expect(await db.cases.count()).toBe(1);
  });

  it('a stored row that no longer parses reads as missing and the next save replaces it', async () => {
    const db = openTestDb();
    await db.cases.put({ ...created.case, status: 'open' } as unknown as Parameters<typeof db.cases.put>[0]);
    expect(await findCase(db, created.case.id)).toBeNull();
    const saved = await saveCase(db, created.case, null, []);
    expect((await findCase(db, created.case.id))?.case).toEqual(saved);
  });
});

describe('deadline queries', () => {
  const now = Date.parse('2026-11-26T12:00:00Z');
  const { cases } = seedCases(300, 0, now, mulberry32(11));

  it.each([
    ['2026-11-26T12:00:00Z'],
    ['2026-11-27T09:00:00Z'],
    ['2026-12-31T00:00:00Z'],
  ])('at %s: counts, due-before list and next wake agree with the in-memory answer', async (when) => {
    const db = openTestDb();
    for (const c of cases) await saveCase(db, c, null, []);
    const t = at(when);
    const waiting = cases.filter((c) => c.dueAt !== null);
    expect(await countCases(db, t)).toEqual({ needsResponse: waiting.length, overdue: waiting.filter((c) => c.dueAt! < t).length, total: 300 });
    for (const slices of [1, 3, 16]) {
      expect(await countWaitingInSlices(db, t, slices)).toEqual({ needsResponse: waiting.length, overdue: waiting.filter((c) => c.dueAt! < t).length });
    }
    // A team member's badge: their own cases and the unassigned ones, not the colleagues'.
    const owners = [...new Set(cases.map((c) => c.owner).filter((o): o is string => o !== null))];
    expect(owners.length).toBeGreaterThan(1);
    const toAnswer = waiting.filter((c) => c.owner === null || c.owner === owners[0]);
    expect(toAnswer.length).toBeLessThan(waiting.length);
    for (const slices of [1, 16]) {
      expect(await countWaitingInSlices(db, t, slices, ` ${owners[0]!.toUpperCase()} `)).toEqual({ needsResponse: toAnswer.length, overdue: toAnswer.filter((c) => c.dueAt! < t).length });
    }
    const due = await listCasesDueBefore(db, t + 3_600_000);
    expect(due.map((c) => c.id).sort()).toEqual(waiting.filter((c) => c.dueAt! <= t + 3_600_000).map((c) => c.id).sort());
    expect(due.map((c) => c.dueAt)).toEqual([...due.map((c) => c.dueAt)].sort((a, b) => a! - b!));
    expect(await nextWakeAt(db, t)).toBe(nextWakeInMemory(cases, t));
  });

  it('counts in slices agree before every deadline, after every one, on one, and with none waiting', async () => {
    const db = openTestDb();
    const waiting = cases.filter((c) => c.dueAt !== null);
    const dues = waiting.map((c) => c.dueAt!).sort((a, b) => a - b);
    expect(await countWaitingInSlices(db, now)).toEqual({ needsResponse: 0, overdue: 0 });
    for (const c of cases) await saveCase(db, c, null, []);
    for (const t of [dues[0]! - 1, dues[0]!, dues[7]!, dues.at(-1)!, dues.at(-1)! + 1]) {
      expect(await countWaitingInSlices(db, t)).toEqual({ needsResponse: waiting.length, overdue: dues.filter((due) => due < t).length });
    }
  });

  it('lists the cases whose Trac tickets may still change', async () => {
    const db = openTestDb();
    const ticket = (number: number, status: string | null) => ({ number, url: '', linkedAt: 0, status, resolution: null, checkedAt: null });
    const withTickets: [string, SupportCase['tickets']][] = [['open', [ticket(1, 'new')]], ['unknown', [ticket(2, null)]], ['done', [ticket(3, 'closed')]], ['mixed', [ticket(4, 'closed'), ticket(5, 'assigned')]], ['none', []]];
    for (const [id, tickets] of withTickets) await saveCase(db, { ...created.case, id, tickets }, null, []);
    expect((await listCasesWithOpenTickets(db)).map((c) => c.id).sort()).toEqual(['mixed', 'open', 'unknown']);
  });
});

describe('casesForThreads', () => {
  it('maps the list rows that are tracked to their cases', async () => {
    const db = openTestDb();
    await saveCase(db, created.case, null, []);
    const found = await casesForThreads(db, 'gmail', 'Alice@casebook-vendor.com', ['18c2f4a9b7e0d123', 'untracked']);
    expect([...found.keys()]).toEqual(['18c2f4a9b7e0d123']);
  });
});

describe('linkPhoneCaseToThread', () => {
  it('moves the phone case and its events into the conversation case', async () => {
    const db = openTestDb();
    const ctx = context('2025-11-07T15:10:00Z', idSource('p'));
    const phone = logPhoneCase({ customer: { ...people.jane, organisation: '' }, subject: 'Upload stalls', notes: 'Called at 15:00', calledAt: at('2025-11-07T15:00:00Z'), owner: null }, ctx);
    const storedPhone = await saveCase(db, phone.case, null, phone.events);
    const snapshot = thread([message(people.jane, '2025-11-07T16:00:00Z')]);
    const threadCase = applyThread(null, snapshot, context('2025-11-07T16:05:00Z', idSource('t')));
    const linked = linkPhoneCase(storedPhone, threadCase.case, snapshot, context('2025-11-07T16:06:00Z', idSource('l')));
    const saved = await linkPhoneCaseToThread(db, storedPhone.id, linked.case, null, [...threadCase.events, ...linked.events]);

    expect(await findCase(db, storedPhone.id)).toBeNull();
    expect(saved).toMatchObject({ id: threadCase.case.id, source: 'phone', notes: 'Called at 15:00', version: 1 });
    expect((await loadEvents(db, saved.id)).map((event) => event.type)).toEqual(['created', 'created', 'linked']);
    expect(await db.timelines.get(storedPhone.id)).toBeUndefined();
    expect(await db.timelines.count()).toBe(1);
  });
});
