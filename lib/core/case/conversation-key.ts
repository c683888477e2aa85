import type { ThreadSnapshot } from '../../model/thread';
import { THREAD_LIMITS } from '../../model/thread';
import { base64url, fnv1a64 } from '../fnv1a-64';
import { conversationSubject } from '../mail-text/clean-subject';

/**
 * One conversation = one team case, although each member reads it in their own mailbox (other
 * Gmail thread ids, other accounts) or in Google Groups. The key must come out the same from
 * every member's page, so it is built only from what every page shows:
 *
 * - the first message's send time, to the minute (Gmail's tooltip shows minutes, Groups seconds;
 *   both are epoch ms in UTC once read, so members in other time zones agree), and
 * - the subject, cleaned (conversationSubject: no Re:/Fwd:/list tags, case, NFC).
 *
 * Left out on purpose:
 * - The sender's address. Google Groups hides some posters' addresses (test/fixtures/groups
 *   collaborative-inbox.html: the customer has a name, no address), and for senders whose
 *   domain publishes a strict DMARC policy it rewrites From to the group's own address
 *   ("'Dana' via ftpgate-help"), so members' pages disagree on it. Including it would split one
 *   conversation into two cases for exactly those customers; leaving it out merges two
 *   conversations only when they share a subject and their first minute (see collisionKey).
 * - The RFC 5322 Message-ID. It is the best identity, but not every page can read it (Groups,
 *   a failed "Show original", an older build): a key that is the Message-ID on one member's page
 *   and a fingerprint on another's is two cases. It is kept beside the key (ConversationIdentity)
 *   for links (`#search/rfc822msgid:`) and to tell colliding conversations apart.
 */
export interface ConversationIdentity {
  /** `conv-` + 11 base64url characters (64-bit hash); null when the page gave no first-message time. */
  key: string | null;
  /** The first message's Message-ID without angle brackets, when the page read it. */
  rfcMessageId: string | null;
}

export const CONVERSATION_KEY_PREFIX = 'conv-';

/** The text the key hashes; versioned so a later change of recipe cannot reuse old keys. */
export function conversationFingerprint(thread: Pick<ThreadSnapshot, 'subject' | 'messages'>): string | null {
  return fingerprintOf(thread.subject, thread.messages[0]?.sentAt);
}

function fingerprintOf(subject: string, firstSentAt: number | null | undefined): string | null {
  if (firstSentAt === null || firstSentAt === undefined || !Number.isFinite(firstSentAt)) return null;
  const minute = Math.floor(firstSentAt / 60_000);
  // The snapshot schema caps the subject; capping again keeps the cost bounded for unchecked callers.
  return `v1\n${minute}\n${conversationSubject(subject.slice(0, THREAD_LIMITS.field))}`;
}

export function conversationKey(thread: Pick<ThreadSnapshot, 'subject' | 'messages'>): string | null {
  return conversationKeyOf(thread.subject, thread.messages[0]?.sentAt);
}

/** The key from its two parts (a stored case's subject and first-message time, lib/core/case/adoption-key). */
export function conversationKeyOf(subject: string, firstSentAt: number | null | undefined): string | null {
  const fingerprint = fingerprintOf(subject, firstSentAt);
  return fingerprint === null ? null : CONVERSATION_KEY_PREFIX + base64url(fnv1a64(fingerprint));
}

/** "<abc@mail.example>" and " abc@mail.example " are one Message-ID; anything else odd is none. */
export function normaliseMessageId(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string') return null;
  const id = raw.trim().replace(/^<(.*)>$/s, '$1').trim();
  return id === '' || id.length > THREAD_LIMITS.field || /[\s<>]/.test(id) ? null : id;
}

export function conversationIdentity(thread: Pick<ThreadSnapshot, 'subject' | 'messages'>): ConversationIdentity {
  return { key: conversationKey(thread), rfcMessageId: normaliseMessageId(thread.messages[0]?.rfcMessageId) };
}

/**
 * Two conversations that got one key (same cleaned subject, same first minute) are told apart
 * when both pages read the Message-ID and the ids differ: the later one is then filed under
 * this key instead (the first keeps the plain key). Used by the background when the board's
 * entry for a key carries another Message-ID.
 */
export function collisionKey(key: string, rfcMessageId: string): string {
  return `${key}-${base64url(fnv1a64(rfcMessageId))}`;
}

/** Whether `key` looks like a key made here (a document name from the server is checked with it). */
export function isConversationKey(key: string): boolean {
  return /^conv-[A-Za-z0-9_-]{11}(?:-[A-Za-z0-9_-]{11})?$/.test(key);
}
