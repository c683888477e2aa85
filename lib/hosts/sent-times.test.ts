import { describe, expect, it } from 'vitest';
import { sampleThread } from '../core/trac/test-samples';
import type { Host, ThreadMessage } from '../model/thread';
import { withSentTimes } from './sent-times';

const message = (dateText: string, sentAt: number | null = null): ThreadMessage => ({
  id: null, syncId: null, from: { name: 'Kofi', email: 'kofi@example.org' }, sentAt, dateText, body: '', state: 'expanded',
});
const local = (...parts: [number, number, number, number, number]): number => new Date(...parts).getTime();

describe('withSentTimes (the background reads the dates a page sent as text)', () => {
  it.each<[Host, string, number | null, number | null]>([
    ['gmail', 'Jan 6, 2025, 9:41\u202fAM', null, local(2025, 0, 6, 9, 41)],
    ['gmail', '20 Aug 2025, 13:19', null, local(2025, 7, 20, 13, 19)],
    ['gmail', 'vor 3 Tagen', null, null], // a locale Casebook does not read stays unknown
    ['gmail', '', null, null],
    ['gmail', 'Jan 6, 2025, 9:41 AM', 1234, 1234], // a time the page already read is kept
    ['groups', 'Jan 6, 2025, 9:41:00 AM', 99, 99],
  ])('%s %j (page sent %j) → %j', (host, dateText, sent, expected) => {
    const thread = sampleThread({ host, messages: [message(dateText, sent)] });
    expect(withSentTimes(thread).messages[0]?.sentAt).toBe(expected);
  });

  it('hands back the same snapshot when there is nothing to read', () => {
    const thread = sampleThread({ host: 'gmail', messages: [message('', null), message('Jan 6, 2025, 9:41 AM', 5)] });
    expect(withSentTimes(thread)).toBe(thread);
  });
});
