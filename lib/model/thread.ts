import * as z from 'zod/mini';

/**
 * Caps on what a page may send (a content script runs beside a page Casebook does not
 * control, and a 20 MB snapshot once took 6 s to check). The page reads far less than this
 * (lib/hosts caps each message's text), so only a broken or hostile page meets them.
 */
export const THREAD_LIMITS = {
  /** Characters of one message's text. */
  body: 400_000,
  /** Characters of all message texts together. */
  bodies: 2_000_000,
  messages: 1_000,
  /** Subject, names, addresses, ids, dates. */
  field: 4_000,
  url: 8_000,
  labels: 500,
} as const;

const Field = z.string().check(z.maxLength(THREAD_LIMITS.field));

/** Which web UI a conversation was read from. */
export const Host = z.enum(['gmail', 'groups']);
export type Host = z.infer<typeof Host>;

export const Person = z.object({
  name: Field,
  email: Field,
});
export type Person = z.infer<typeof Person>;

/**
 * How much of a message the page shows: Gmail shows expanded messages in full, collapsed ones
 * as a snippet, and hides the middle of long threads behind a counter.
 */
export const MessageState = z.enum(['expanded', 'collapsed', 'hidden']);
export type MessageState = z.infer<typeof MessageState>;

export const ThreadMessage = z.object({
  /** Host message id (Gmail legacy hex id, Groups message id); null when the page hides it. */
  id: z.nullable(Field),
  /** Gmail's sync id (`msg-f:…`) when present. */
  syncId: z.nullable(Field),
  /**
   * The RFC 5322 Message-ID (without angle brackets), the same in every recipient's mailbox;
   * absent or null until a host adapter can read it (Gmail's "Show original").
   */
  rfcMessageId: z.optional(z.nullable(Field)),
  from: Person,
  /**
   * Epoch ms of the page's date in the browser's time zone; null when unreadable. Gmail's page
   * sends null and the background reads `dateText` (lib/hosts/sent-times.ts) on arrival.
   */
  sentAt: z.nullable(z.number()),
  /** The date as the page shows it (title attribute preferred). */
  dateText: Field,
  /** Plain text, without quoted history and signature. A snippet for collapsed messages. */
  body: z.string().check(z.maxLength(THREAD_LIMITS.body)),
  state: MessageState,
});
export type ThreadMessage = z.infer<typeof ThreadMessage>;

/** Google Groups Collaborative Inbox state, when the page shows it. */
export const CollaborativeState = z.object({
  assigneeName: z.nullable(Field),
  assigneeEmail: z.nullable(Field),
  resolution: z.nullable(z.enum(['complete', 'duplicate', 'no_action_needed'])),
});
export type CollaborativeState = z.infer<typeof CollaborativeState>;

/** A thing the adapter expected on the page and could not find (shown in the sidebar). */
export const ReadProblem = z.object({
  what: Field,
  selector: Field,
});
export type ReadProblem = z.infer<typeof ReadProblem>;

/** Everything a host adapter reads from one open conversation. */
export const ThreadSnapshot = z.object({
  host: Host,
  /** Gmail: the signed-in account's address. Groups: the group's address or name. */
  account: Field,
  /** Gmail legacy hex thread id; Groups topic id. Together with host+account: the case key. */
  threadId: Field,
  /** Gmail `thread-f:…` perm id; null elsewhere. */
  permId: z.nullable(Field),
  /** Groups: group name; null in Gmail. */
  group: z.nullable(Field),
  subject: Field,
  /** Link that opens this conversation again (Gmail URL with account index; Groups topic URL). */
  url: z.string().check(z.maxLength(THREAD_LIMITS.url)),
  messages: z.array(ThreadMessage).check(
    z.maxLength(THREAD_LIMITS.messages),
    z.refine((messages) => totalBodyLength(messages) <= THREAD_LIMITS.bodies, `The messages' text is longer than ${THREAD_LIMITS.bodies} characters together`),
  ),
  /** All messages in the thread, hidden ones included (≥ messages.length). */
  messageCount: z.int().check(z.nonnegative()),
  replyOpen: z.boolean(),
  collaborative: z.nullable(CollaborativeState),
  /** Gmail labels shown on the thread (e.g. "Support"); absent where the host has none. */
  labels: z.optional(z.array(Field).check(z.maxLength(THREAD_LIMITS.labels))),
  problems: z.array(ReadProblem).check(z.maxLength(THREAD_LIMITS.labels)),
});
export type ThreadSnapshot = z.infer<typeof ThreadSnapshot>;

function totalBodyLength(messages: readonly { body: string }[]): number {
  let total = 0;
  for (const message of messages) total += message.body.length;
  return total;
}
