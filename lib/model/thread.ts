import * as z from 'zod/mini';

/** Which web UI a conversation was read from. */
export const Host = z.enum(['gmail', 'groups']);
export type Host = z.infer<typeof Host>;

export const Person = z.object({
  name: z.string(),
  email: z.string(),
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
  id: z.nullable(z.string()),
  /** Gmail's sync id (`msg-f:…`) when present. */
  syncId: z.nullable(z.string()),
  from: Person,
  /**
   * Epoch ms of the page's date in the browser's time zone; null when unreadable. Gmail's page
   * sends null and the background reads `dateText` (lib/hosts/sent-times.ts) on arrival.
   */
  sentAt: z.nullable(z.number()),
  /** The date as the page shows it (title attribute preferred). */
  dateText: z.string(),
  /** Plain text, without quoted history and signature. A snippet for collapsed messages. */
  body: z.string(),
  state: MessageState,
});
export type ThreadMessage = z.infer<typeof ThreadMessage>;

/** Google Groups Collaborative Inbox state, when the page shows it. */
export const CollaborativeState = z.object({
  assigneeName: z.nullable(z.string()),
  assigneeEmail: z.nullable(z.string()),
  resolution: z.nullable(z.enum(['complete', 'duplicate', 'no_action_needed'])),
});
export type CollaborativeState = z.infer<typeof CollaborativeState>;

/** A thing the adapter expected on the page and could not find (shown in the sidebar). */
export const ReadProblem = z.object({
  what: z.string(),
  selector: z.string(),
});
export type ReadProblem = z.infer<typeof ReadProblem>;

/** Everything a host adapter reads from one open conversation. */
export const ThreadSnapshot = z.object({
  host: Host,
  /** Gmail: the signed-in account's address. Groups: the group's address or name. */
  account: z.string(),
  /** Gmail legacy hex thread id; Groups topic id. Together with host+account: the case key. */
  threadId: z.string(),
  /** Gmail `thread-f:…` perm id; null elsewhere. */
  permId: z.nullable(z.string()),
  /** Groups: group name; null in Gmail. */
  group: z.nullable(z.string()),
  subject: z.string(),
  /** Link that opens this conversation again (Gmail URL with account index; Groups topic URL). */
  url: z.string(),
  messages: z.array(ThreadMessage),
  /** All messages in the thread, hidden ones included (≥ messages.length). */
  messageCount: z.int().check(z.nonnegative()),
  replyOpen: z.boolean(),
  collaborative: z.nullable(CollaborativeState),
  /** Gmail labels shown on the thread (e.g. "Support"); absent where the host has none. */
  labels: z.optional(z.array(z.string())),
  problems: z.array(ReadProblem),
});
export type ThreadSnapshot = z.infer<typeof ThreadSnapshot>;
