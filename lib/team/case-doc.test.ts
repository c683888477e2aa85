import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { SupportCase, type CaseEvent } from '../model/case';
import { setCategory, setNotes, setOwner } from '../core/case/case-edits';
import { updateStep } from '../core/case/checklists';
import { transition } from '../core/case/case-status';
import { mulberry32 } from '../core/seeded-random';
import { caseDocParts, caseThreads, readCase, writeCase } from './case-doc';
import { createdEvent, KEY, randomEdit, read, replica, send, syncAll, T0, teamCase } from './test-support';

const MIN = 60_000;
const alice = 'alice@ftpgate.example.com';
const bob = 'bob@ftpgate.example.com';

/** A case with every field away from its default. */
function fullCase(): SupportCase {
  return teamCase({
    status: 'waiting_developer',
    owner: bob,
    updatedAt: T0 + 90 * MIN,
    awaitingSince: [T0, T0 + 30 * MIN],
    dueAt: T0 + 8 * 60 * MIN,
    lastMessageAt: T0 + 30 * MIN,
    lastMessageId: '1955a1c2d3e4f504',
    lastMessageFrom: 'customer',
    reopenCount: 2,
    category: 'defect',
    originator: 'partner',
    source: 'contact_form',
    assessment: { ...teamCase().assessment, acknowledge: { done: true, note: 'Sent the template', doneAt: T0 + 5 * MIN } },
    troubleshooting: { ...teamCase().troubleshooting, make_record: { done: false, note: 'Port range 50000-50100', doneAt: null } },
    notes: 'Customer on 4.2, Windows Server 2022.\nPassive range 50000-50100.',
    tickets: [{ number: 4242, url: 'https://trac.example.com/ticket/4242', linkedAt: T0 + 60 * MIN, status: 'assigned', resolution: null, checkedAt: T0 + 61 * MIN }],
    linkedCaseIds: ['phone:7c1d'],
  });
}

/** Two members who both have the case, created by `a` and synced. */
function twoMembers(c: SupportCase = teamCase()): [Y.Doc, Y.Doc] {
  const [a, b] = [replica(1), replica(2)];
  writeCase(a, c, [createdEvent(c)], 'test');
  syncAll(a, b);
  return [a, b];
}

const meta = (actor: string, minutes: number, eventId: string) => ({ actor, at: T0 + minutes * MIN, eventId });

describe('writeCase / readCase', () => {
  it('round-trips every field and the timeline', () => {
    const doc = replica(1);
    const c = fullCase();
    const events: CaseEvent[] = [createdEvent(c), { id: 'ev-2', caseId: c.id, at: T0 + MIN, actor: bob, type: 'owner_changed', from: null, to: bob, reason: 'Assigned' }];
    expect(writeCase(doc, c, events, 'test')).toBe(true);
    const found = readCase(doc);
    expect(found).toEqual({ case: { ...c, version: 0 }, events, skippedEvents: 0 });
    expect(SupportCase.safeParse(found?.case).success).toBe(true);
  });

  it('an empty document holds no case', () => {
    expect(readCase(new Y.Doc())).toBeNull();
  });

  it('writes nothing (no update) when nothing changed, and only the difference otherwise', () => {
    const doc = replica(1);
    const c = fullCase();
    writeCase(doc, c, [createdEvent(c)], 'test');
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    expect(writeCase(doc, read(doc).case, [createdEvent(c)], 'test')).toBe(false);
    expect(writeCase(doc, { ...c, version: 7 }, [], 'test')).toBe(false);
    expect(updates).toHaveLength(0);
    const change = setOwner(read(doc).case, alice, meta(alice, 5, 'ev-owner'))!;
    expect(writeCase(doc, change.case, [change.event], 'test')).toBe(true);
    expect(updates).toHaveLength(1);
    // The owner, updatedAt and one event: far less than the whole case.
    expect(updates[0]!.length).toBeLessThan(200);
  });

  it('passes the origin to Yjs (a provider skips its own updates by origin)', () => {
    const doc = replica(1);
    const origins: unknown[] = [];
    doc.on('update', (_update: Uint8Array, origin: unknown) => origins.push(origin));
    writeCase(doc, teamCase(), [], 'sidebar');
    expect(origins).toEqual(['sidebar']);
  });

  it('a stale copy cannot undo a colleague\'s edit: only fields changed since its base are written', () => {
    const [a, b] = twoMembers();
    const base = read(b).case;
    const owner = setOwner(read(a).case, alice, meta(alice, 1, 'ev-a'))!;
    writeCase(a, owner.case, [owner.event], 'a');
    send(a, b);
    // Bob's sidebar still shows the case as it was and changes the category from there.
    const category = setCategory(base, 'defect', meta(bob, 2, 'ev-b'))!;
    writeCase(b, category.case, [category.event], 'b', base);
    expect(read(b).case).toMatchObject({ owner: alice, category: 'defect' });
  });

  it('keeps each member\'s own thread and shows the viewer theirs', () => {
    const [a, b] = twoMembers();
    const bobs = { ...read(b).case, account: bob, threadId: '19559f00aa11bb00', threadUrl: 'https://mail.google.com/mail/u/1/#inbox/FMfcgzQZTVbOb', lastMessageId: '19559f00aa11bb04' };
    writeCase(b, bobs, [], 'b');
    syncAll(a, b);
    expect(caseThreads(a).map((t) => t.threadId).sort()).toEqual(['19559f00aa11bb00', '1955a1c2d3e4f501']);
    expect(readCase(a, { host: 'gmail', account: bob })?.case).toMatchObject({ account: bob, threadId: '19559f00aa11bb00', lastMessageId: '19559f00aa11bb04' });
    expect(readCase(a, { host: 'gmail', account: alice })?.case.threadId).toBe('1955a1c2d3e4f501');
    // A member without a thread of their own (e.g. the dashboard of a new member) sees the first one.
    expect(readCase(a, { host: 'groups', account: 'ftpgate-help@googlegroups.com' })?.case.threadId).toBe('1955a1c2d3e4f501');
  });

  it('reads a document damaged by another build or a hostile member as a valid case, dropping bad events', () => {
    const doc = replica(1);
    const c = fullCase();
    writeCase(doc, c, [createdEvent(c)], 'test');
    const { fields, checklists, tickets, timeline, threads } = caseDocParts(doc);
    fields.set('status', 'exploded');
    fields.set('owner', 42);
    fields.set('awaiting', 'soon');
    fields.set('reopenCount', -3);
    fields.set('customer.email', { html: '<img onerror=alert(1)>' });
    checklists.set('assessment.acknowledge', { done: 'yes', doneAt: 'now' });
    tickets.set('99', { number: 'ninety-nine' });
    threads.set('gmail:alice@ftpgate.example.com', { host: 'hotmail' });
    timeline.push([['ev-bad', 'yesterday', alice, 3, null, null, ''], 'junk', ['ev-type', T0, alice, 99, null, null, '']] as never[]);
    const found = readCase(doc)!;
    expect(SupportCase.safeParse(found.case).success).toBe(true);
    expect(found.case).toMatchObject({ status: 'new', owner: null, awaitingSince: [], dueAt: null, reopenCount: 0, customer: { email: '' }, tickets: c.tickets });
    expect(found.case.assessment.acknowledge).toEqual({ done: false, note: 'Sent the template', doneAt: null });
    expect(found.events.map((e) => e.id)).toEqual(['ev-created']);
    expect(found.skippedEvents).toBe(3);
  });
});

describe('two and three members', () => {
  it.each([['a then b'], ['b then a']])('concurrent edits of different fields both survive (%s)', (order) => {
    const [a, b] = twoMembers();
    const owner = setOwner(read(a).case, alice, meta(alice, 1, 'ev-a'))!;
    writeCase(a, owner.case, [owner.event], 'a');
    const step = updateStep(read(b).case, { list: 'assessment', step: 'acknowledge' }, { done: true, note: '' }, meta(bob, 1, 'ev-b'))!;
    writeCase(b, step.case, [step.event], 'b');
    if (order === 'a then b') syncAll(a, b);
    else syncAll(b, a);
    for (const doc of [a, b]) {
      expect(read(doc).case.owner).toBe(alice);
      expect(read(doc).case.assessment.acknowledge.done).toBe(true);
    }
    expect(read(a)).toEqual(read(b));
  });

  it('the same field gets one winner everywhere, and both changes stay in the timeline', () => {
    const [a, b] = twoMembers();
    const mine = setOwner(read(a).case, alice, meta(alice, 1, 'ev-a'))!;
    writeCase(a, mine.case, [mine.event], 'a');
    const theirs = setOwner(read(b).case, bob, meta(bob, 1, 'ev-b'))!;
    writeCase(b, theirs.case, [theirs.event], 'b');
    send(b, a);
    send(a, b);
    expect(read(a)).toEqual(read(b));
    expect([alice, bob]).toContain(read(a).case.owner);
    expect(read(a).events.filter((e) => e.type === 'owner_changed').map((e) => e.to).sort()).toEqual([alice, bob]);
  });

  it('notes edited in two places at once keep both edits; typed at one place, both texts stay', () => {
    const [a, b] = twoMembers(teamCase({ notes: 'Customer on 4.2.\nLog requested.' }));
    const first = setNotes(read(a).case, 'Customer on 4.2.1.\nLog requested.', meta(alice, 1, 'ev-a'))!;
    writeCase(a, first.case, [first.event], 'a');
    const second = setNotes(read(b).case, 'Customer on 4.2.\nLog requested. Log received.', meta(bob, 1, 'ev-b'))!;
    writeCase(b, second.case, [second.event], 'b');
    syncAll(a, b);
    expect(read(a).case.notes).toBe('Customer on 4.2.1.\nLog requested. Log received.');

    const third = setNotes(read(a).case, `${read(a).case.notes}\nAlice: called Dana.`, meta(alice, 2, 'ev-c'))!;
    writeCase(a, third.case, [third.event], 'a');
    const fourth = setNotes(read(b).case, `${read(b).case.notes}\nBob: sent patch.`, meta(bob, 2, 'ev-d'))!;
    writeCase(b, fourth.case, [fourth.event], 'b');
    syncAll(b, a);
    expect(read(a).case.notes).toContain('Alice: called Dana.');
    expect(read(a).case.notes).toContain('Bob: sent patch.');
    expect(read(a)).toEqual(read(b));
  });

  it('three members offline, each editing, converge whatever order their updates arrive in', () => {
    const [a, b] = twoMembers(fullCase());
    const c = replica(3);
    send(a, c);
    const edits: [Y.Doc, string][] = [[a, alice], [b, bob], [c, 'carol@ftpgate.example.com']];
    let n = 0;
    for (const [doc, actor] of edits) {
      const moved = transition(read(doc).case, 'in_progress', { ...meta(actor, 10, `ev-s-${n}`), reason: 'Working on it' });
      if (moved.ok) writeCase(doc, moved.case, [moved.event], actor);
      const notes = setNotes(read(doc).case, `${read(doc).case.notes}\n${actor}: looked at it`, meta(actor, 11, `ev-n-${n++}`))!;
      writeCase(doc, notes.case, [notes.event], actor);
    }
    // Updates travel in different orders to each member.
    send(c, a); send(b, a); send(a, b); send(c, b); send(b, c); send(a, c);
    expect(read(a)).toEqual(read(b));
    expect(read(b)).toEqual(read(c));
    expect(read(a).events.map((e) => e.id).sort()).toEqual(['ev-created', 'ev-n-0', 'ev-n-1', 'ev-n-2', 'ev-s-0', 'ev-s-1', 'ev-s-2']);
    for (const [, actor] of edits) expect(read(a).case.notes).toContain(`${actor}: looked at it`);
  });

  it('an event written by two members (same id) is one event', () => {
    const [a, b] = twoMembers();
    const event: CaseEvent = { id: 'ev-msg-1', caseId: KEY, at: T0 + MIN, actor: 'casebook', type: 'customer_message', from: null, to: null, reason: 'Customer wrote' };
    writeCase(a, read(a).case, [event], 'a');
    writeCase(b, read(b).case, [event], 'b');
    syncAll(a, b);
    expect(read(a).events.filter((e) => e.id === 'ev-msg-1')).toHaveLength(1);
  });
});

describe('seeded random edits on two replicas', () => {
  it.each([1, 2, 3, 4, 5])('seed %i: after sync, identical projections that validate, and no event lost', (seed) => {
    const rng = mulberry32(seed);
    const [a, b] = twoMembers(fullCase());
    let id = 0;
    const written: CaseEvent[] = [];
    for (let step = 0; step < 300; step += 1) {
      const [doc, actor] = rng() < 0.5 ? [a, alice] : [b, bob];
      written.push(...randomEdit(doc, rng, actor, T0 + step * MIN, () => `ev-${seed}-${id++}`));
      // Now and then they are online together for a moment, in either direction.
      if (rng() < 0.1) send(rng() < 0.5 ? a : b, rng() < 0.5 ? b : a);
    }
    syncAll(a, b);
    expect(read(a)).toEqual(read(b));
    expect(SupportCase.safeParse(read(a).case).success).toBe(true);
    const ids = new Set(read(a).events.map((e) => e.id));
    expect(written.filter((e) => !ids.has(e.id))).toEqual([]);
    expect(ids.size).toBe(written.length + 1);
  });
});
