import { describe, expect, it } from 'vitest';
import { datedMessages, messagesAfter, unansweredArrivals, type DatedMessage } from './thread-messages';
import { at, message, people, settings, thread } from './test-support';

const dated = (originator: DatedMessage['originator'], time: string, id: string | null = time): DatedMessage => ({
  id, from: { name: '', email: '' }, sentAt: at(`2025-11-03T${time}:00Z`), originator, closing: false,
});
const m1 = dated('customer', '10:00', 'a');
const m2 = dated('staff', '11:00', 'b');
const m3 = dated('customer', '12:00', 'c');
const m4 = dated('partner', '13:00', 'd');

describe('datedMessages', () => {
  it('drops undated messages, sorts by time (stable), and names the originator', () => {
    const snapshot = thread([
      message(people.alice, '2025-11-03T11:00:00Z', 'late'),
      { ...message(people.jane, '2025-11-03T09:00:00Z'), sentAt: null },
      message(people.jane, '2025-11-03T10:00:00Z', 'x'),
      message(people.raj, '2025-11-03T10:00:00Z', 'y'),
    ]);
    expect(datedMessages(snapshot, settings).map((m) => [m.id, m.originator])).toEqual([['x', 'customer'], ['y', 'partner'], ['late', 'staff']]);
  });
});

describe('messagesAfter', () => {
  it.each([
    ['by id', [m1, m2, m3], 'b', null, ['c']],
    ['by id, even with equal times', [m1, dated('staff', '10:00', 'same'), m3], 'a', at('2025-11-03T10:00:00Z'), ['same', 'c']],
    ['by time when the id is hidden', [m1, m3, m4], 'b', at('2025-11-03T11:00:00Z'), ['c', 'd']],
    ['everything when nothing was seen', [m1, m2], null, null, ['a', 'b']],
    ['nothing after the newest', [m1, m2], 'b', at('2025-11-03T11:00:00Z'), []],
  ] as const)('%s', (_name, messages, lastId, lastAt, expected) => {
    expect(messagesAfter(messages, lastId, lastAt).map((m) => m.id)).toEqual(expected);
  });
});

describe('unansweredArrivals', () => {
  const t = (time: string): number => at(`2025-11-03T${time}:00Z`);
  it.each([
    ['a staff answer clears everything before it', [m1, m2], [t('08:00')], []],
    ['customer and partner after the last answer wait', [m1, m2, m3, m4], [], [t('12:00'), t('13:00')]],
    ['earlier unanswered ones stay', [m3], [t('09:00')], [t('09:00'), t('12:00')]],
    ['a "noticed at" guess after the real message goes', [m3], [t('12:30')], [t('12:00')]],
    ['no new messages: unchanged', [], [t('09:00')], [t('09:00')]],
  ] as const)('%s', (_name, fresh, previous, expected) => {
    expect(unansweredArrivals(fresh, previous)).toEqual(expected);
  });
});
