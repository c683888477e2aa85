import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../model/case';
import { caseThreads } from './case-doc';
import { writeCase } from './case-doc';
import { joinCases, mergeLocalIntoDoc } from './merge-local';
import { createdEvent, KEY, read, replica, syncAll, T0, teamCase } from './test-support';

const MIN = 60_000;
const bob = 'bob@ftpgate.example.com';
const meta = { actor: bob, at: T0 + 99 * MIN, eventId: 'ev-join' };

/** Bob's own case of the conversation, from before the team: his mailbox, his thread, his events. */
const bobsCase = teamCase({
  id: 'gmail:bob@ftpgate.example.com:19559f00aa11bb00', account: bob, threadId: '19559f00aa11bb00', threadUrl: 'https://mail.google.com/mail/u/1/#inbox/FMfcgzQZTVbOb',
  status: 'in_progress', owner: bob, updatedAt: T0 + 50 * MIN, notes: 'Bob: asked for the server log.',
  assessment: { ...teamCase().assessment, acknowledge: { done: true, note: 'ack sent', doneAt: T0 + 3 * MIN } },
  tickets: [{ number: 4242, url: 'https://trac.example.com/ticket/4242', linkedAt: T0 + 40 * MIN, status: null, resolution: null, checkedAt: null }],
});
const bobsEvents: CaseEvent[] = [
  { ...createdEvent(bobsCase, 'ev-bob-1') },
  { id: 'ev-bob-2', caseId: bobsCase.id, at: T0 + 50 * MIN, actor: bob, type: 'status_changed', from: 'acknowledged', to: 'in_progress', reason: 'By hand' },
];

describe('mergeLocalIntoDoc', () => {
  it('shares a local case into an empty document under the team key', () => {
    const doc = replica(2);
    const merged = mergeLocalIntoDoc(doc, KEY, bobsCase, bobsEvents, meta, 'join');
    expect(merged.case).toMatchObject({ id: KEY, status: 'in_progress', owner: bob, account: bob });
    expect(merged.events.map((e) => e.id)).toEqual(['ev-bob-1', 'ev-bob-2', 'ev-join']);
    expect(merged.events.every((e) => e.caseId === KEY)).toBe(true);
  });

  it('joins the team\'s case of the same conversation: one case, both timelines, both notes, both threads', () => {
    const alices = replica(1);
    const team = teamCase({ status: 'acknowledged', updatedAt: T0 + 20 * MIN, notes: 'Alice: customer on 4.2.', category: 'defect',
      troubleshooting: { ...teamCase().troubleshooting, identify_problem: { done: true, note: '', doneAt: T0 + 10 * MIN } } });
    writeCase(alices, team, [createdEvent(team, 'ev-alice-1')], 'alice');
    const bobs = replica(2);
    syncAll(alices, bobs);
    const merged = mergeLocalIntoDoc(bobs, KEY, bobsCase, bobsEvents, meta, 'join');
    syncAll(alices, bobs);
    expect(read(alices)).toEqual(read(bobs));
    expect(merged.case).toMatchObject({ id: KEY, status: 'in_progress', owner: bob, category: 'defect', notes: 'Alice: customer on 4.2.\n\nBob: asked for the server log.' });
    expect(merged.case.assessment.acknowledge.done).toBe(true);
    expect(merged.case.troubleshooting.identify_problem.done).toBe(true);
    expect(merged.case.tickets.map((t) => t.number)).toEqual([4242]);
    expect(merged.events.map((e) => e.id)).toEqual(['ev-alice-1', 'ev-bob-1', 'ev-bob-2', 'ev-join']);
    expect(caseThreads(alices).map((t) => t.account).sort()).toEqual(['alice@ftpgate.example.com', bob]);
    // Bob sees his own thread; Alice hers.
    expect(merged.case.threadId).toBe('19559f00aa11bb00');
    expect(read(alices).case.threadId).toBe('1955a1c2d3e4f501');
  });

  it('joining twice changes nothing more', () => {
    const doc = replica(2);
    mergeLocalIntoDoc(doc, KEY, bobsCase, bobsEvents, meta, 'join');
    const once = read(doc);
    mergeLocalIntoDoc(doc, KEY, bobsCase, bobsEvents, meta, 'join');
    expect(read(doc)).toEqual(once);
  });
});

describe('joinCases', () => {
  it.each([
    ['the newer side\'s owner', teamCase({ owner: 'alice@x', updatedAt: T0 }), teamCase({ owner: 'bob@x', updatedAt: T0 + MIN }), 'bob@x'],
    ['the older side\'s owner when the newer has none', teamCase({ owner: 'alice@x', updatedAt: T0 }), teamCase({ owner: null, updatedAt: T0 + MIN }), 'alice@x'],
  ])('keeps %s', (_name, team, local, owner) => {
    expect(joinCases(team, local).owner).toBe(owner);
  });

  it('keeps one note when one already holds the other', () => {
    expect(joinCases(teamCase({ notes: 'A. B.' }), teamCase({ notes: 'B.' })).notes).toBe('A. B.');
  });
});
