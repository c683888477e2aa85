import type { Settings } from '../../model/settings';
import type { ThreadSnapshot } from '../../model/thread';
import { capText, stripQuotedAndSignature } from './prepare-text';
import { messageText } from './message-text';
import { decideOriginator } from './originator';

/** What the classifier reads from a thread: the newest customer message first of all. */
export interface Reading {
  subject: string;
  /** Sender of the newest customer message. */
  from: string;
  latest: string;
  /** Older customer messages, newest first. */
  earlier: string[];
  /** What staff wrote before the newest customer message. */
  staffText: string;
}

/** Older messages matter less, so they get a smaller share of the text budget. */
const EARLIER_BUDGET = 5_000;
const EARLIER_MESSAGES = 4;
const STAFF_MESSAGES = 2;

export function readThread(thread: Pick<ThreadSnapshot, 'subject' | 'messages'>, settings: Settings): Reading {
  const staff = thread.messages.map((message) => decideOriginator(message.from.email, settings) === 'staff');
  let newest = staff.lastIndexOf(false);
  if (newest < 0) newest = thread.messages.length - 1; // only staff wrote: read their newest
  const latest = thread.messages[newest];
  const before = thread.messages.slice(0, Math.max(0, newest));
  const earlier = before
    .filter((_, i) => !staff[i])
    .slice(-EARLIER_MESSAGES)
    .reverse()
    .map((message) => capText(stripQuotedAndSignature(message.body), EARLIER_BUDGET));
  const staffText = before
    .filter((_, i) => staff[i])
    .slice(-STAFF_MESSAGES)
    .map((message) => capText(stripQuotedAndSignature(message.body), EARLIER_BUDGET))
    .join('\n\n');
  return { subject: thread.subject, from: latest?.from.email ?? '', latest: messageText(latest?.body ?? ''), earlier, staffText };
}

export function readText(input: { subject: string; body: string; from: string }): Reading {
  return { subject: input.subject, from: input.from, latest: messageText(input.body), earlier: [], staffText: '' };
}
