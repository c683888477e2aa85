import type { Host, ThreadSnapshot } from '../model/thread';
import { stripQuotedText } from './gmail/quoted-text';
import { cutQuotedHistory, cutSignature } from './groups/quoted-text';

const CUTTERS: Record<Host, (text: string) => string> = {
  gmail: stripQuotedText,
  groups: (text) => cutSignature(cutQuotedHistory(text)),
};

/**
 * The messages of a thread as their writers wrote them: the quoted history and signature the
 * page's markup did not mark (plain-text quotes, "-- " signatures) are cut here, by the background,
 * on every thread a page sends, so these text rules are not injected into each tab. Collapsed
 * messages are one-line snippets and stay as they are.
 */
export function withBodiesAsWritten(thread: ThreadSnapshot): ThreadSnapshot {
  const cut = CUTTERS[thread.host];
  return { ...thread, messages: thread.messages.map((m) => (m.state === 'expanded' && m.body !== '' ? { ...m, body: cut(m.body) } : m)) };
}
