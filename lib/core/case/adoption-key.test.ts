import { describe, expect, it } from 'vitest';
import { adoptionKey } from './adoption-key';
import { conversationKey } from './conversation-key';
import { applyThread } from './derive-from-thread';
import { at, context, message, people, thread } from './test-support';

const { jane, alice } = people;

describe('adoptionKey: a case tracked before joining gets the key every member\'s page gives', () => {
  it('a case made from a thread: the same key as the thread (subject with Re:, first message time)', () => {
    const messages = [message(jane, '2025-11-03T10:00:41Z'), message(alice, '2025-11-03T14:00:00Z')];
    const page = thread(messages, { subject: 'Re: SFTP uploads fail after upgrade to 5.2' });
    const made = applyThread(null, page, context('2025-11-04T09:00:00Z'));
    const created = made.events.find((e) => e.type === 'created');
    expect(adoptionKey(made.case, created)).toBe(conversationKey(page));
    expect(adoptionKey(made.case, created)).toMatch(/^conv-/);
  });

  it.each([
    ['tracked by hand with no dated message (createdAt is the moment it was tracked)', { subject: 'Licence question', createdAt: at('2025-11-04T09:00:00Z'), host: 'gmail' as const }, { at: at('2025-11-04T09:00:00Z') }],
    ['a phone case', { subject: 'Call from Dana', createdAt: at('2025-11-03T10:00:00Z'), host: null }, { at: at('2025-11-04T09:00:00Z') }],
    ['no subject', { subject: '  ', createdAt: at('2025-11-03T10:00:00Z'), host: 'gmail' as const }, { at: at('2025-11-04T09:00:00Z') }],
  ])('%s: none', (_name, c, created) => {
    expect(adoptionKey(c, created)).toBeNull();
  });
});
