import type { Host, ThreadSnapshot } from '../model/thread';
import type { Steps } from './read-steps';

/** Where the user is in the host's single-page app (pure, from the URL). */
export type HostRoute =
  | { kind: 'conversation'; threadKey: string }
  | { kind: 'list' }
  | { kind: 'other' };

/** A row of the host's conversation list (Gmail inbox, Groups topic list). */
export interface ListRow {
  threadId: string;
  subject: string;
  unread: boolean;
  /** Latest sender's address when the row shows it, else null. */
  lastSenderEmail: string | null;
}

/**
 * The host's own layout elements the sidebar docks beside: `row` is narrowed from the right by
 * the sidebar's width (its children — conversation, list, the host's own side panel — reflow
 * into the rest), `content` is the child that must give up its fixed width for that, and
 * `fixed` are the host's viewport-anchored layers at the right edge (Gmail's compose windows)
 * that are moved left with it. Null when the host's layout is not recognised.
 */
export interface DockFrame {
  row: HTMLElement;
  content: HTMLElement;
  fixed: HTMLElement[];
}

export type InsertResult =
  | { ok: true; editor: 'inline-reply' | 'popout' | 'fullscreen' | 'groups-reply'; openedReply: boolean }
  | { ok: false; reason: string };

/**
 * Inserts plain text at the remembered caret, above the signature, opening a reply if none is
 * open. Not part of HostAdapter: it is injected only when a template is inserted
 * (entrypoints/*-insert.ts, lib/content/reply-inserter.ts), so it stays out of every tab's script.
 */
export type ReplyInserter = (doc: Document, text: string) => Promise<InsertResult>;

/**
 * Everything Casebook needs from a site, so the sidebar, case and template code know nothing
 * of which site they are on. Implementations never throw into the page: a missing element is
 * a ReadProblem in the snapshot or an `ok: false` result.
 */
export interface HostAdapter {
  readonly host: Host;
  /** Pure route parsing. */
  parseRoute(url: URL): HostRoute;
  /** The element that holds the open conversation, or null while it is not (yet) rendered. */
  findConversationRoot(doc: Document): Element | null;
  /** Whether the page shows the conversation `threadKey` yet (cheap: reads no message). */
  showsThread(doc: Document, url: URL, threadKey: string): boolean;
  /**
   * Reads the open conversation in steps (run them with lib/content/read-in-slices.ts): a long
   * mail is read in short tasks. Never throws; what it could not read is in `problems`.
   */
  readThread(doc: Document, url: URL): Steps<ThreadSnapshot>;
  /**
   * Remembers the caret inside reply editors until `signal` aborts (the sidebar steals focus),
   * for the ReplyInserter (lib/hosts/remembered-caret.ts).
   */
  trackCaret(doc: Document, signal: AbortSignal): void;
  /** The signed-in account (Gmail) or the group (Groups) of the page, also on list pages. */
  readAccount(doc: Document, url: URL): string;
  /** Rows of the conversation list on screen (empty when none). */
  readListRows(doc: Document): ListRow[];
  /** The layout elements the sidebar docks beside, or null (then it floats). */
  findDockFrame(doc: Document): DockFrame | null;
}
