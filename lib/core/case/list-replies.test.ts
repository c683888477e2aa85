import { describe, expect, it } from 'vitest';
import type { SupportCase } from '../../model/case';
import type { ListRow } from '../../hosts/host-adapter';
import { transition } from './case-status';
import { applyThread } from './derive-from-thread';
import { applyNoticedReply, noticeListReplies } from './list-replies';
import { at, context, iso, message, people, settings, thread } from './test-support';

const answered = applyThread(null, thread([message(people.jane, '2025-11-03T10:00:00Z'), message(people.alice, '2025-11-03T14:00:00Z')]), context('2025-11-03T14:05:00Z')).case;
const closed = (() => {
  const result = transition(answered, 'closed', { actor: 'alice@casebook-vendor.com', at: at('2025-11-03T15:00:00Z'), eventId: 'x', reason: 'Answered' });
  if (!result.ok) throw new Error(result.error);
  return result.case;
})();
const customerLast = applyThread(null, thread([message(people.jane, '2025-11-03T10:00:00Z')], { threadId: 'cust' }), context('2025-11-03T14:05:00Z')).case;

const tracked = new Map<string, SupportCase>([
  ['18c2f4a9b7e0d123', closed],
  ['cust', customerLast],
]);
const row = (threadId: string, unread: boolean, lastSenderEmail: string | null): ListRow => ({ threadId, subject: 'Re: SFTP uploads fail', unread, lastSenderEmail });

describe('noticeListReplies', () => {
  it.each([
    ['unread, from the customer', row('18c2f4a9b7e0d123', true, 'jane.doe@example-corp.co.uk'), true],
    ['unread, sender not shown', row('18c2f4a9b7e0d123', true, null), true],
    ['unread, from a colleague', row('18c2f4a9b7e0d123', true, 'bob@casebook-vendor.com'), false],
    ['read', row('18c2f4a9b7e0d123', false, 'jane.doe@example-corp.co.uk'), false],
    ['not tracked', row('unknown-thread', true, 'jane.doe@example-corp.co.uk'), false],
    ['the customer already wrote last: same message', row('cust', true, 'jane.doe@example-corp.co.uk'), false],
  ])('%s -> %s', (_name, listRow, expected) => {
    expect(noticeListReplies([listRow], tracked, settings).length).toBe(expected ? 1 : 0);
  });
});

describe('applyNoticedReply', () => {
  it('re-opens a closed case, waiting from now', () => {
    const [notice] = noticeListReplies([row('18c2f4a9b7e0d123', true, 'jane.doe@example-corp.co.uk')], tracked, settings);
    const { case: c, events } = applyNoticedReply(closed, notice!, context('2025-11-04T09:00:00Z'));
    expect([c.status, c.reopenCount, c.lastMessageFrom]).toEqual(['in_progress', 1, 'customer']);
    expect(c.awaitingSince.map(iso)).toEqual(['2025-11-04T09:00:00.000Z']);
    expect(iso(c.dueAt)).toBe('2025-11-05T17:30:00.000Z');
    expect(events.map((event) => event.type)).toEqual(['customer_message', 'reopened']);
    expect(events[0]?.reason).toBe('Unread reply from jane.doe@example-corp.co.uk seen in the inbox list');
  });

  it('a second scan does not re-open it again', () => {
    const once = applyNoticedReply(closed, { caseId: closed.id, senderEmail: null }, context('2025-11-04T09:00:00Z')).case;
    expect(noticeListReplies([row('18c2f4a9b7e0d123', true, null)], new Map([['18c2f4a9b7e0d123', once]]), settings)).toEqual([]);
  });

  it('an acknowledged case starts waiting without changing status', () => {
    const { case: c, events } = applyNoticedReply(answered, { caseId: answered.id, senderEmail: 'raj@reseller.net' }, context('2025-11-04T09:00:00Z'));
    expect([c.status, c.lastMessageFrom, events.length]).toEqual(['acknowledged', 'partner', 1]);
  });
});
