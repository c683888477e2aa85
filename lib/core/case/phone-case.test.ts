import { describe, expect, it } from 'vitest';
import { SupportCase } from '../../model/case';
import { updateStep } from './checklists';
import { applyThread } from './derive-from-thread';
import { linkPhoneCase, logPhoneCase } from './phone-case';
import { at, context, idSource, iso, message, people, thread } from './test-support';

const call = {
  customer: { name: 'Jane Doe', email: 'Jane.Doe@Example-Corp.co.uk', organisation: '' },
  subject: '',
  notes: 'Upload stalls at 2 GB, version 5.2',
  calledAt: at('2025-11-07T15:00:00Z'),
  owner: 'Bob@casebook-vendor.com',
};

describe('logPhoneCase', () => {
  it('makes a thread-less case that awaits the written follow-up', () => {
    const { case: c, events } = logPhoneCase(call, { ...context('2025-11-07T15:10:00Z', idSource('uuid')) });
    expect(c).toMatchObject({
      id: 'phone:uuid-1', host: null, threadId: null, source: 'phone', status: 'new',
      subject: 'Phone call from Jane Doe', owner: 'bob@casebook-vendor.com', notes: call.notes,
      customer: { name: 'Jane Doe', email: 'jane.doe@example-corp.co.uk', organisation: 'Example Corp' },
      createdAt: call.calledAt,
    });
    expect(c.awaitingSince).toEqual([call.calledAt]);
    expect(iso(c.dueAt)).toBe('2025-11-10T17:30:00.000Z');
    expect(events).toEqual([expect.objectContaining({ id: 'uuid-2', caseId: 'phone:uuid-1', type: 'created', reason: 'Phone call logged' })]);
    expect(() => SupportCase.parse(c)).not.toThrow();
  });

  it.each([
    [{ name: '', email: 'ops@acme.com', organisation: '' }, 'Phone call from ops@acme.com', 'Acme'],
    [{ name: '', email: '', organisation: 'Globex' }, 'Phone call from a customer', 'Globex'],
  ])('names the call after what is known: %j', (customer, subject, organisation) => {
    const { case: c } = logPhoneCase({ ...call, customer }, context('2025-11-07T15:10:00Z'));
    expect([c.subject, c.customer.organisation]).toEqual([subject, organisation]);
  });
});

describe('linkPhoneCase', () => {
  const ctx = context('2025-11-10T09:00:00Z', idSource('link'));
  const phone = (() => {
    const logged = logPhoneCase(call, context('2025-11-07T15:10:00Z')).case;
    return updateStep(logged, { list: 'assessment', step: 'verify_details' }, { done: true, note: 'Asked for logs by phone' }, { actor: 'bob@casebook-vendor.com', at: at('2025-11-07T15:20:00Z'), eventId: 'x' })!.case;
  })();

  it.each([
    {
      name: 'the customer wrote and nobody answered yet: the call still waits',
      messages: [message(people.jane, '2025-11-07T16:00:00Z')],
      awaiting: ['2025-11-07T15:00:00.000Z', '2025-11-07T16:00:00.000Z'],
    },
    {
      name: 'we sent the follow-up after the call: it is answered',
      messages: [message(people.bob, '2025-11-07T15:30:00Z'), message(people.jane, '2025-11-07T16:00:00Z')],
      awaiting: ['2025-11-07T16:00:00.000Z'],
    },
  ])('$name', ({ messages, awaiting }) => {
    const snapshot = thread(messages);
    const threadCase = applyThread(null, snapshot, ctx).case;
    const { case: c, events } = linkPhoneCase(phone, threadCase, snapshot, ctx);
    expect(c.id).toBe(threadCase.id);
    expect(c.awaitingSince.map(iso)).toEqual(awaiting);
    expect(c).toMatchObject({ source: 'phone', owner: 'bob@casebook-vendor.com', notes: call.notes, createdAt: call.calledAt, threadId: '18c2f4a9b7e0d123' });
    expect(c.assessment.verify_details).toEqual({ done: true, note: 'Asked for logs by phone', doneAt: at('2025-11-07T15:20:00Z') });
    expect(events).toEqual([expect.objectContaining({ type: 'linked', from: phone.id, to: threadCase.id, caseId: threadCase.id })]);
    expect(() => SupportCase.parse(c)).not.toThrow();
  });

  it("keeps the thread case's owner and status when it already has them", () => {
    const snapshot = thread([message(people.jane, '2025-11-07T16:00:00Z'), message(people.alice, '2025-11-07T16:30:00Z')]);
    const threadCase = { ...applyThread(null, snapshot, ctx).case, owner: 'alice@casebook-vendor.com', notes: 'Thread note' };
    const { case: c } = linkPhoneCase(phone, threadCase, snapshot, ctx);
    expect([c.owner, c.status, c.notes]).toEqual(['alice@casebook-vendor.com', 'acknowledged', `${call.notes}\n\nThread note`]);
  });
});
