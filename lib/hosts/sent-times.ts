import type { Host, ThreadSnapshot } from '../model/thread';
import { parseGmailDate } from './gmail/gmail-date';
import { parseGroupsDate } from './groups/group-date';

const DATE_PARSERS: Record<Host, (text: string) => number | null> = { gmail: parseGmailDate, groups: parseGroupsDate };

/**
 * Reads the send time of every message whose page gave only the date as shown. Gmail's page
 * reader leaves `sentAt` to this (run by the background on every thread a page sends), so the
 * date parser is not injected into each Gmail tab; Groups' reader parses in the page because
 * it reports an unknown date format as a reading problem, and its times are kept.
 */
export function withSentTimes(thread: ThreadSnapshot): ThreadSnapshot {
  const unread = (message: ThreadSnapshot['messages'][number]): boolean => message.sentAt === null && message.dateText !== '';
  if (!thread.messages.some(unread)) return thread;
  const parse = DATE_PARSERS[thread.host];
  return { ...thread, messages: thread.messages.map((m) => (unread(m) ? { ...m, sentAt: parse(m.dateText) } : m)) };
}
