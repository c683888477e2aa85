import type { Originator } from '../../model/case';
import type { Person, ThreadSnapshot } from '../../model/thread';
import { isClosingMessage } from './closing-message';
import { originatorOf, type PeopleSettings } from './staff';

/** A message whose time the page showed, with who sent it in the process's terms. */
export interface DatedMessage {
  id: string | null;
  from: Person;
  sentAt: number;
  originator: Originator;
  /** A customer's message that only thanks or confirms closure: it waits for no answer. */
  closing: boolean;
}

/**
 * Messages with a readable date, oldest first. Messages the page hides or dates it cannot read
 * tell nothing about who wrote last, so they are left out (Gmail always shows the newest ones).
 */
export function datedMessages(thread: ThreadSnapshot, settings: PeopleSettings): DatedMessage[] {
  const dated: DatedMessage[] = [];
  for (const message of thread.messages) {
    if (message.sentAt === null) continue;
    const originator = originatorOf(message.from.email, settings);
    dated.push({ id: message.id, from: message.from, sentAt: message.sentAt, originator, closing: originator !== 'staff' && isClosingMessage(message.body) });
  }
  // Stable sort: messages with the same minute keep the page's order.
  return dated.sort((a, b) => a.sentAt - b.sentAt);
}

/**
 * Messages newer than the last one already seen: after it by id when the page still shows it,
 * else by time (its id can be hidden in the middle of a long thread).
 */
export function messagesAfter(messages: readonly DatedMessage[], lastId: string | null, lastAt: number | null): DatedMessage[] {
  const position = lastId === null ? -1 : messages.findIndex((message) => message.id === lastId);
  if (position >= 0) return messages.slice(position + 1);
  return lastAt === null ? [...messages] : messages.filter((message) => message.sentAt > lastAt);
}

/**
 * Arrival times of customer messages still unanswered once `fresh` (the new messages) are
 * known. A staff message answers everything before it. Without a new staff message, the
 * earlier unanswered arrivals stay, except guesses later than the first new message: the
 * inbox list records "noticed at" before the real arrival time is known.
 */
export function unansweredArrivals(fresh: readonly DatedMessage[], previous: readonly number[]): number[] {
  const lastStaff = fresh.findLastIndex((message) => message.originator === 'staff');
  const customerArrivals = fresh
    .slice(lastStaff + 1)
    .filter((message) => message.originator !== 'staff' && !message.closing)
    .map((message) => message.sentAt);
  if (lastStaff >= 0) return customerArrivals;
  const firstFresh = fresh[0]?.sentAt ?? Number.POSITIVE_INFINITY;
  return [...previous.filter((arrival) => arrival < firstFresh), ...customerArrivals];
}
