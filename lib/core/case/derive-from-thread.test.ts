import { describe, expect, it } from 'vitest';
import { SupportCase } from '../../model/case';
import type { ThreadMessage } from '../../model/thread';
import { transition } from './case-status';
import { applyThread } from './derive-from-thread';
import { at, context, iso, message, people, thread } from './test-support';

const { jane, raj, alice, bob } = people;

function read(existing: SupportCase | null, messages: ThreadMessage[], now = '2025-11-05T12:00:00Z') {
  return applyThread(existing, thread(messages), { ...context(now), trackReason: 'Message from support@casebook-vendor.com' });
}

describe('applyThread: a case created from a thread', () => {
  it.each([
    {
      name: 'one customer message',
      messages: [message(jane, '2025-11-03T10:00:00Z')],
      status: 'new', awaiting: ['2025-11-03T10:00:00.000Z'], due: '2025-11-04T17:30:00.000Z', originator: 'customer', events: ['created'],
    },
    {
      name: 'customer, then our acknowledgement',
      messages: [message(jane, '2025-11-03T10:00:00Z'), message(alice, '2025-11-03T14:00:00Z')],
      status: 'acknowledged', awaiting: [], due: null, originator: 'customer', events: ['created', 'status_changed'],
    },
    {
      name: 'two rounds, our answer last',
      messages: [message(jane, '2025-11-03T10:00:00Z'), message(alice, '2025-11-03T14:00:00Z'), message(jane, '2025-11-04T09:00:00Z'), message(bob, '2025-11-04T11:00:00Z')],
      status: 'waiting_customer', awaiting: [], due: null, originator: 'customer', events: ['created', 'status_changed'],
    },
    {
      name: 'the customer wrote after our answer',
      messages: [message(jane, '2025-11-03T10:00:00Z'), message(alice, '2025-11-03T14:00:00Z'), message(jane, '2025-11-04T09:00:00Z')],
      status: 'acknowledged', awaiting: ['2025-11-04T09:00:00.000Z'], due: '2025-11-05T17:30:00.000Z', originator: 'customer', events: ['created', 'status_changed'],
    },
    {
      name: 'we wrote first (follow-up of a call), the customer answered',
      messages: [message(alice, '2025-11-03T10:00:00Z'), message(jane, '2025-11-03T12:00:00Z')],
      status: 'acknowledged', awaiting: ['2025-11-03T12:00:00.000Z'], due: '2025-11-04T17:30:00.000Z', originator: 'staff', events: ['created', 'status_changed'],
    },
    {
      name: 'a partner on Friday afternoon',
      messages: [message(raj, '2025-11-07T16:00:00Z')],
      status: 'new', awaiting: ['2025-11-07T16:00:00.000Z'], due: '2025-11-10T17:30:00.000Z', originator: 'partner', events: ['created'],
    },
    {
      name: 'a customer message on Christmas Eve, then one with an unreadable date',
      messages: [message(jane, '2025-12-24T10:00:00Z'), { ...message(jane, '2025-12-24T11:00:00Z'), sentAt: null }],
      status: 'new', awaiting: ['2025-12-24T10:00:00.000Z'], due: '2025-12-29T17:30:00.000Z', originator: 'customer', events: ['created'],
    },
  ])('$name -> $status', ({ messages, status, awaiting, due, originator, events }) => {
    const { case: c, events: made, changed } = read(null, messages);
    expect(changed).toBe(true);
    expect(c.status).toBe(status);
    expect(c.awaitingSince.map(iso)).toEqual(awaiting);
    expect(iso(c.dueAt)).toBe(due);
    expect(c.originator).toBe(originator);
    expect(made.map((event) => event.type)).toEqual(events);
    expect(() => SupportCase.parse(c)).not.toThrow();
  });

  it('fills identity, customer and the newest message', () => {
    const { case: c, events } = read(null, [message(jane, '2025-11-03T10:00:00Z', '18c2f4a9b7e0d123'), message(alice, '2025-11-03T14:00:00Z', '18c2f6b0c1d2e345')]);
    expect(c).toMatchObject({
      id: 'gmail:alice@casebook-vendor.com:18c2f4a9b7e0d123',
      host: 'gmail',
      subject: 'SFTP uploads fail after upgrade to 5.2',
      customer: { name: 'Jane Doe', email: 'jane.doe@example-corp.co.uk', organisation: 'Example Corp' },
      createdAt: at('2025-11-03T10:00:00Z'),
      updatedAt: at('2025-11-05T12:00:00Z'),
      lastMessageId: '18c2f6b0c1d2e345',
      lastMessageFrom: 'staff',
      reopenCount: 0,
    });
    expect(events[0]).toMatchObject({ id: 'ev-1', type: 'created', actor: 'casebook', reason: 'Message from support@casebook-vendor.com' });
    expect(events[1]).toMatchObject({ id: 'ev-2', from: 'new', to: 'acknowledged', reason: 'Derived from the 2 messages already in the thread' });
  });

  it('an empty thread still makes a valid case, created now', () => {
    const { case: c } = read(null, []);
    expect([c.status, c.createdAt, c.customer.email, c.dueAt]).toEqual(['new', at('2025-11-05T12:00:00Z'), '', null]);
  });
});

const first = message(jane, '2025-11-03T10:00:00Z');
const ack = message(alice, '2025-11-03T14:00:00Z');
const askLogs = message(bob, '2025-11-04T11:00:00Z');
const answer = message(jane, '2025-11-05T10:00:00Z');
const another = message(jane, '2025-11-05T11:30:00Z');
const thanks = { ...message(jane, '2025-11-05T12:00:00Z'), body: 'Hi Bob,\nthanks, works now.\nJane' };
const closeIt = { ...message(jane, '2025-11-05T12:00:00Z'), body: 'Thanks, you can close this.' };

function tracked(messages: ThreadMessage[], status?: SupportCase['status']): SupportCase {
  const c = read(null, messages, '2025-11-04T12:00:00Z').case;
  if (!status || status === c.status) return c;
  const moved = transition(c, status, { actor: 'alice@casebook-vendor.com', at: at('2025-11-04T12:30:00Z'), eventId: 'x', reason: 'test' });
  if (!moved.ok) throw new Error(moved.error);
  return moved.case;
}

describe('applyThread: reading a tracked thread again', () => {
  it.each([
    { name: 'our first answer acknowledges a new case', before: tracked([first]), messages: [first, ack], status: 'new>acknowledged', awaiting: [], events: ['staff_reply', 'status_changed'], reopens: 0 },
    { name: 'an answer to a re-opened case waits on the customer', before: tracked([first, ack], 'in_progress'), messages: [first, ack, askLogs], status: 'in_progress>waiting_customer', awaiting: [], events: ['staff_reply', 'status_changed'], reopens: 0 },
    { name: 'the customer answers while we wait on them', before: tracked([first, ack, askLogs]), messages: [first, ack, askLogs, answer], status: 'waiting_customer>in_progress', awaiting: ['2025-11-05T10:00:00.000Z'], events: ['customer_message', 'reopened'], reopens: 1 },
    { name: 'the customer writes on a closed case', before: tracked([first, ack], 'closed'), messages: [first, ack, answer], status: 'closed>in_progress', awaiting: ['2025-11-05T10:00:00.000Z'], events: ['customer_message', 'reopened'], reopens: 1 },
    { name: 'the customer asks for news while a developer works', before: tracked([first, ack], 'waiting_developer'), messages: [first, ack, answer], status: 'waiting_developer>in_progress', awaiting: ['2025-11-05T10:00:00.000Z'], events: ['customer_message', 'reopened'], reopens: 1 },
    { name: 'our update while a developer works keeps it waiting', before: tracked([first, ack], 'waiting_developer'), messages: [first, ack, askLogs], status: 'waiting_developer>waiting_developer', awaiting: [], events: ['staff_reply'], reopens: 0 },
    { name: 'two customer messages after our acknowledgement', before: tracked([first, ack]), messages: [first, ack, answer, another], status: 'acknowledged>acknowledged', awaiting: ['2025-11-05T10:00:00.000Z', '2025-11-05T11:30:00.000Z'], events: ['customer_message', 'customer_message'], reopens: 0 },
    // "Thanks, works now" (issue #13): no answer owed, nothing re-opened, not overdue.
    { name: 'the customer only thanks while we wait on them', before: tracked([first, ack, askLogs]), messages: [first, ack, askLogs, thanks], status: 'waiting_customer>waiting_customer', awaiting: [], events: ['customer_message'], reopens: 0 },
    { name: 'the customer confirms closure on a closed case', before: tracked([first, ack], 'closed'), messages: [first, ack, closeIt], status: 'closed>closed', awaiting: [], events: ['customer_message'], reopens: 0 },
    { name: 'a thanks after a real question still leaves the question waiting', before: tracked([first, ack]), messages: [first, ack, answer, thanks], status: 'acknowledged>acknowledged', awaiting: ['2025-11-05T10:00:00.000Z'], events: ['customer_message', 'customer_message'], reopens: 0 },
    { name: 'customer and our answer both arrived since the last read', before: tracked([first, ack, askLogs]), messages: [first, ack, askLogs, answer, message(alice, '2025-11-05T11:00:00Z')], status: 'waiting_customer>waiting_customer', awaiting: [], events: ['customer_message', 'staff_reply'], reopens: 0 },
  ])('$name ($status)', ({ before, messages, status, awaiting, events, reopens }) => {
    const result = read(before, messages);
    expect(`${before.status}>${result.case.status}`).toBe(status);
    expect(result.case.awaitingSince.map(iso)).toEqual(awaiting);
    expect(result.events.map((event) => event.type)).toEqual(events);
    expect(result.case.reopenCount).toBe(reopens);
    expect(result.case.dueAt === null).toBe(awaiting.length === 0);
    expect(result.case.lastMessageId).toBe(messages.at(-1)?.id);
  });

  it('the earliest unanswered message sets the deadline', () => {
    const { case: c } = read(tracked([first, ack]), [first, ack, message(jane, '2025-11-07T16:00:00Z'), message(jane, '2025-11-10T09:00:00Z')]);
    expect(iso(c.dueAt)).toBe('2025-11-10T17:30:00.000Z');
  });

  it('records each message with its own time, sender and id', () => {
    const { events } = read(tracked([first]), [first, ack]);
    expect(events[0]).toMatchObject({ type: 'staff_reply', at: at('2025-11-03T14:00:00Z'), to: 'm-2025-11-03T14:00:00Z', reason: 'From Alice Smith <alice@casebook-vendor.com>' });
    expect(events[1]).toMatchObject({ type: 'status_changed', at: at('2025-11-05T12:00:00Z'), reason: 'Reply from Alice Smith <alice@casebook-vendor.com>' });
  });

  it('nothing new: unchanged, same object, no events', () => {
    const before = tracked([first, ack]);
    const result = read(before, [first, ack]);
    expect(result).toEqual({ case: before, events: [], changed: false });
    expect(result.case).toBe(before);
  });

  it('the same thread under another URL form (another tab) changes nothing: the first link stays', () => {
    const before = tracked([first, ack]);
    const other = thread([first, ack], { url: 'https://mail.google.com/mail/u/0/#label/Support/18c2f4a9b7e0d123' });
    const result = applyThread(before, other, { ...context('2025-11-05T12:00:00Z'), trackReason: 'x' });
    expect(result.changed).toBe(false);
    expect(result.case.threadUrl).toBe(before.threadUrl);
  });

  it('a user-closed case stays closed when the thread has nothing new', () => {
    const closed = tracked([first], 'closed');
    expect(read(closed, [first]).case.status).toBe('closed');
  });

  it('finds new messages by time when the last seen one is hidden in a long thread', () => {
    const before = tracked([first, ack, askLogs]);
    const visible = [first, { ...askLogs, id: null, state: 'hidden' as const, sentAt: null }, answer];
    const result = read(before, visible);
    expect(result.events.map((event) => event.type)).toEqual(['customer_message', 'reopened']);
  });

  it('replaces the inbox list\'s "noticed at" guess with the real arrival time', () => {
    const noticed = { ...tracked([first, ack, askLogs]), awaitingSince: [at('2025-11-05T12:00:00Z')], lastMessageFrom: 'customer' as const };
    const { case: c } = read(noticed, [first, ack, askLogs, answer], '2025-11-05T13:00:00Z');
    expect(c.awaitingSince.map(iso)).toEqual(['2025-11-05T10:00:00.000Z']);
  });

  // Issue #13: the case was opened before Casebook knew a send-as address of the mailbox.
  it('a customer who turned out to be staff gives way to the first sender who is not', () => {
    const alias = { name: 'FTPGate Support', email: 'support@example.net' };
    const opened = tracked([message(alias, '2025-11-03T09:00:00Z'), first]);
    expect(opened.customer.email).toBe('support@example.net');
    const learnt = { ...context('2025-11-05T12:00:00Z'), settings: { ...context('2025-11-05T12:00:00Z').settings, mailboxes: ['support@example.net'] } };
    const { case: c, changed } = applyThread(opened, thread([message(alias, '2025-11-03T09:00:00Z'), first]), learnt);
    expect([changed, c.customer.email]).toEqual([true, 'jane.doe@example-corp.co.uk']);
    // A thread of staff only keeps the customer it has: nobody better to name.
    const onlyStaff = applyThread(opened, thread([message(alias, '2025-11-03T09:00:00Z')]), learnt);
    expect(onlyStaff.case.customer.email).toBe('support@example.net');
  });

  it('keeps the first subject and fills a customer that was missing', () => {
    const staffOnly = tracked([ack]);
    expect(staffOnly.customer.email).toBe('');
    const { case: c, changed, events } = applyThread(staffOnly, thread([ack, answer], { subject: 'Re: SFTP uploads fail' }), context('2025-11-05T12:00:00Z'));
    expect([changed, c.subject, c.customer.organisation, events.length]).toEqual([true, staffOnly.subject, 'Example Corp', 1]);
  });

  it('two tabs showing one conversation differently do not rewrite each other (no ping-pong)', () => {
    const c0 = tracked([first, ack]);
    const ctx = context('2025-11-05T12:00:00Z');
    const inTabA = thread([first, ack], { subject: 'SFTP uploads fail', url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzA' });
    const inTabB = thread([ack], { subject: 'Re: SFTP uploads fail (shown otherwise)', url: 'https://mail.google.com/mail/u/0/#label/Support/FMfcgzA' });
    const afterA = applyThread(c0, inTabA, ctx).case;
    const afterB = applyThread(afterA, inTabB, ctx);
    const backToA = applyThread(afterB.case, inTabA, ctx);
    expect([afterB.changed, backToA.changed]).toEqual([false, false]);
  });
});

describe('applyThread: one event per message across a team', () => {
  // Two members read the same conversation in their own mailboxes: other message ids, other
  // accounts, other clocks. Their browsers must write the same event ids, so the team's
  // timeline shows the customer's reply (and the re-opening it causes) once.
  const mine = [first, ack, askLogs];
  const theirs = (m: ThreadMessage): ThreadMessage => ({ ...m, id: `other-${m.id}` });
  it('the same message and its re-opening get the same ids in both members\' browsers', () => {
    const aliceRead = applyThread(tracked(mine), thread([...mine, answer]), context('2025-11-05T12:00:00Z'));
    const bobRead = applyThread(tracked(mine), thread([...mine, answer].map(theirs), { account: 'bob@casebook-vendor.com' }), context('2025-11-05T12:07:00Z', () => `bob-${Math.random()}`));
    expect(aliceRead.events.map((e) => e.type)).toEqual(['customer_message', 'reopened']);
    expect(bobRead.events.map((e) => e.id)).toEqual(aliceRead.events.map((e) => e.id));
  });

  it('two messages of one sender in the same minute stay two events', () => {
    const twice = [answer, { ...answer, id: 'm-second' }];
    const update = applyThread(tracked(mine), thread([...mine, ...twice]), context('2025-11-05T12:00:00Z'));
    const messages = update.events.filter((e) => e.type === 'customer_message');
    expect(messages.length).toBe(2);
    expect(new Set(messages.map((e) => e.id)).size).toBe(2);
  });

  it('different senders or times give different ids', () => {
    const update = applyThread(tracked([first, ack]), thread([first, ack, answer, another, { ...another, from: raj }]), context('2025-11-05T12:00:00Z'));
    const ids = update.events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
