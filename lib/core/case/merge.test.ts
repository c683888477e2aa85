import { describe, expect, it } from 'vitest';
import { SupportCase, type TracTicketLink } from '../../model/case';
import { setNotes, setOwner } from './case-edits';
import { transition } from './case-status';
import { updateStep } from './checklists';
import { applyThread } from './derive-from-thread';
import { mergeCase } from './merge';
import { at, context, message, people, thread } from './test-support';

const base: SupportCase = {
  ...applyThread(null, thread([message(people.jane, '2025-11-03T10:00:00Z'), message(people.alice, '2025-11-03T14:00:00Z')]), context('2025-11-03T14:05:00Z')).case,
  version: 4,
};
const by = (who: string, when: string) => ({ actor: who, at: at(when), eventId: `ev-${when}` });
const alice = (when: string) => by('alice@casebook-vendor.com', when);
const bob = (when: string) => by('bob@casebook-vendor.com', when);
const ticket = (n: number, status: string | null = null): TracTicketLink => ({ number: n, url: `https://trac.example/ticket/${n}`, linkedAt: n, status, resolution: null, checkedAt: null });
const status = (c: SupportCase, to: SupportCase['status'], meta: ReturnType<typeof alice>): SupportCase => {
  const result = transition(c, to, { ...meta, reason: 'test' });
  if (!result.ok) throw new Error(result.error);
  return result.case;
};

describe('mergeCase: two writers started from the same version', () => {
  it.each([
    {
      name: 'different fields: both kept',
      stored: setOwner(base, 'bob@casebook-vendor.com', bob('2025-11-03T15:00:00Z'))!.case,
      writer: status(base, 'waiting_developer', alice('2025-11-03T15:01:00Z')),
      expect: { owner: 'bob@casebook-vendor.com', status: 'waiting_developer', updatedAt: at('2025-11-03T15:01:00Z') },
    },
    {
      name: 'same field: the last writer wins',
      stored: status(base, 'closed', bob('2025-11-03T15:00:00Z')),
      writer: status(base, 'waiting_customer', alice('2025-11-03T15:01:00Z')),
      expect: { status: 'waiting_customer' },
    },
    {
      name: 'a field the writer left alone keeps the stored change',
      stored: setNotes(base, 'Called back, all good', bob('2025-11-03T15:00:00Z'))!.case,
      writer: setOwner(base, 'alice@casebook-vendor.com', alice('2025-11-03T15:01:00Z'))!.case,
      expect: { notes: 'Called back, all good', owner: 'alice@casebook-vendor.com' },
    },
    {
      name: 'different checklist steps: both ticked',
      stored: updateStep(base, { list: 'assessment', step: 'acknowledge' }, { done: true, note: '' }, bob('2025-11-03T15:00:00Z'))!.case,
      writer: updateStep(base, { list: 'troubleshooting', step: 'identify_problem' }, { done: true, note: 'TLS 1.0 client' }, alice('2025-11-03T15:01:00Z'))!.case,
      expect: { assessment: { ...base.assessment, acknowledge: { done: true, note: '', doneAt: at('2025-11-03T15:00:00Z') } }, troubleshooting: { ...base.troubleshooting, identify_problem: { done: true, note: 'TLS 1.0 client', doneAt: at('2025-11-03T15:01:00Z') } } },
    },
    {
      name: 'tickets linked by both: union, ordered by link time',
      stored: { ...base, tickets: [ticket(12)] },
      writer: { ...base, tickets: [ticket(7)] },
      expect: { tickets: [ticket(7), ticket(12)] },
    },
    {
      name: 're-openings counted by both writers add up',
      stored: { ...base, reopenCount: base.reopenCount + 1 },
      writer: { ...base, reopenCount: base.reopenCount + 2 },
      expect: { reopenCount: base.reopenCount + 3 },
    },
    {
      name: 'linked cases: additions of both, removal by the writer',
      stored: { ...base, linkedCaseIds: ['groups:support:abc', 'phone:1'] },
      writer: { ...base, linkedCaseIds: ['groups:support:def'] },
      expect: { linkedCaseIds: ['groups:support:abc', 'phone:1', 'groups:support:def'] },
    },
    {
      name: 'the newest message seen wins, with its sender and id',
      stored: { ...base, lastMessageAt: at('2025-11-04T09:00:00Z'), lastMessageId: 'm3', lastMessageFrom: 'customer' as const },
      writer: { ...base, owner: 'bob@casebook-vendor.com' },
      expect: { lastMessageAt: at('2025-11-04T09:00:00Z'), lastMessageId: 'm3', lastMessageFrom: 'customer', owner: 'bob@casebook-vendor.com' },
    },
    {
      name: 'awaited messages and their deadline travel together',
      stored: { ...base, awaitingSince: [at('2025-11-04T09:00:00Z')], dueAt: at('2025-11-05T17:30:00Z') },
      writer: { ...base, subject: 'Re: SFTP uploads fail' },
      expect: { awaitingSince: [at('2025-11-04T09:00:00Z')], dueAt: at('2025-11-05T17:30:00Z'), subject: 'Re: SFTP uploads fail' },
    },
  ])('$name', ({ stored, writer, expect: expected }) => {
    const merged = mergeCase(base, { ...stored, version: 5 }, writer);
    expect(merged).toMatchObject(expected);
    expect(merged.version).toBe(5);
    expect(() => SupportCase.parse(merged)).not.toThrow();
  });

  it('a ticket status read back by one writer survives the other linking a new ticket', () => {
    const withTicket = { ...base, tickets: [ticket(7)] };
    const merged = mergeCase(withTicket, { ...withTicket, tickets: [ticket(7, 'closed')] }, { ...withTicket, tickets: [ticket(7), ticket(9)] });
    expect(merged.tickets).toEqual([ticket(7, 'closed'), ticket(9)]);
  });

  it('without a base (both created the case) the writer wins but nothing is dropped', () => {
    const merged = mergeCase(null, { ...base, tickets: [ticket(3)], owner: 'bob@casebook-vendor.com' }, { ...base, owner: null, createdAt: base.createdAt - 60_000 });
    expect(merged.tickets).toEqual([ticket(3)]);
    expect(merged.owner).toBeNull();
    expect(merged.createdAt).toBe(base.createdAt - 60_000);
  });

  it('merging an unchanged writer gives the stored case back', () => {
    const stored = setOwner(base, 'bob@casebook-vendor.com', bob('2025-11-03T15:00:00Z'))!.case;
    expect(mergeCase(base, stored, base)).toEqual(stored);
  });
});
