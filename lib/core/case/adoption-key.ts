import type { CaseEvent, SupportCase } from '../../model/case';
import { conversationKeyOf } from './conversation-key';

/**
 * The team key of a case this browser tracked before joining (issue #12: joining merges the
 * member's cases into the board), or null when it cannot be known without the page.
 *
 * The key hashes the subject and the first message's minute (conversation-key.ts). A case made
 * from a thread took its createdAt from that first message, so the two give the key every
 * member's page gives. A case made by hand before any dated message was read (or a phone case)
 * has createdAt = the moment it was tracked, the time of its `created` event: no message time,
 * so no key; it stays this browser's until its conversation is opened, which adopts it then.
 */
export function adoptionKey(c: Pick<SupportCase, 'subject' | 'createdAt' | 'host'>, created: Pick<CaseEvent, 'at'> | undefined): string | null {
  if (c.host === null || c.subject.trim() === '') return null;
  if (created !== undefined && created.at === c.createdAt) return null;
  return conversationKeyOf(c.subject, c.createdAt);
}
