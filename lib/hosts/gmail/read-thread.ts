import type { ReadProblem, ThreadMessage, ThreadSnapshot } from '../../model/thread';
import { finishSteps, type Steps } from '../read-steps';
import { readAccountEmail, subjectFromTitle } from './account';
import { findConversationRoot } from './conversation-root';
import { MESSAGE_ANCHOR_SELECTORS, MESSAGE_TEXT_LIMIT, readMessageItem, THREAD_TEXT_LIMIT, type MessageAnchor, type MessageReading } from './read-message';
import { canonicalThreadUrl, parseGmailRoute } from './route';
import {
  accountButton, composeThreadId, fullscreenEditor, inlineReplyEditor, messageIds, messageItem,
  olderMessagesCount, paneThreadElement, popoutEditor, subjectHeading, threadElement, threadHeading, threadLabel,
} from './selectors';
import { inMail, isShown, pageMatch } from './visibility';

export { findConversationRoot } from './conversation-root';

interface Messages {
  messages: ThreadMessage[];
  count: number;
  problems: ReadProblem[];
}

/** "20" from the older-messages circle; Gmail may not even render the messages behind it. */
function olderMessagesBehindCircle(root: Element): number {
  const circle = pageMatch(root, olderMessagesCount);
  const digits = /\d+/.exec(circle?.textContent || circle?.getAttribute('aria-label') || '');
  return digits ? Number(digits[0]) : 0;
}

function* readMessages(root: Element): Steps<Messages> {
  const problems: ReadProblem[] = [];
  let items = Array.from(root.querySelectorAll(messageItem)).filter((el) => !inMail(el));
  if (items.length === 0) {
    problems.push({ what: 'message list', selector: messageItem });
    items = Array.from(root.querySelectorAll(messageIds)).filter((el) => !inMail(el)); // degraded: loaded messages only
  }
  let left = THREAD_TEXT_LIMIT;
  const readings: MessageReading[] = [];
  for (const item of items) {
    const reading = yield* readMessageItem(item, Math.min(MESSAGE_TEXT_LIMIT, left));
    left -= reading.message.body.length;
    readings.push(reading);
  }
  const messages = readings.map((reading) => reading.message);
  for (const anchor of Object.keys(MESSAGE_ANCHOR_SELECTORS) as MessageAnchor[]) {
    const missing = readings.filter((reading) => reading.missing.includes(anchor)).length;
    if (missing > 0) problems.push({ what: `${anchor} of ${missing} of ${readings.length} messages`, selector: MESSAGE_ANCHOR_SELECTORS[anchor] });
  }
  if (messages.length === 0) problems.push({ what: 'messages', selector: messageIds });
  const hiddenRead = messages.filter((message) => message.state === 'hidden').length;
  const count = messages.length + Math.max(0, olderMessagesBehindCircle(root) - hiddenRead);
  return { messages, count, problems };
}

/** An inline reply in this thread, or a pop-out/full-screen reply whose form names this thread. */
function isReplyOpen(doc: Document, root: Element, threadId: string): boolean {
  if (Array.from(root.querySelectorAll(inlineReplyEditor)).some(isShown)) return true;
  return Array.from(doc.querySelectorAll(`${popoutEditor}, ${fullscreenEditor}`)).some((editor) => {
    const form = editor.closest('[role=dialog]')?.querySelector(composeThreadId);
    return threadId !== '' && form?.getAttribute('value') === threadId && isShown(editor);
  });
}

function usable(id: string | null | undefined): string | null {
  return id && id !== 'undefined' ? id : null;
}

/** The id of the conversation on screen: the subject heading's, else the URL's (the heading may lag behind it). */
function shownThreadId(root: Element | null, url: URL): { heading: Element | null; pageThreadId: string | null; threadId: string } {
  const route = parseGmailRoute(url);
  const routeThread = route.kind === 'thread' ? route : null;
  const heading = root && pageMatch(root, threadHeading);
  const pageThreadId = usable(heading?.getAttribute('data-legacy-thread-id'));
  return { heading, pageThreadId, threadId: pageThreadId ?? routeThread?.legacyThreadId ?? routeThread?.urlThreadId ?? '' };
}

/** Whether the page shows the conversation `threadKey` (cheap: no message is read). */
export function showsGmailThread(doc: Document, url: URL, threadKey: string): boolean {
  const root = findConversationRoot(doc);
  return root !== null && shownThreadId(root, url).threadId === threadKey;
}

/**
 * Reads the open Gmail conversation. Never throws: every anchor it cannot find is a ReadProblem,
 * and what the URL or title can still tell (ids, subject, account) fills the gap.
 */
export function readGmailThread(doc: Document, url: URL): ThreadSnapshot {
  return finishSteps(readGmailThreadSteps(doc, url));
}

/** `readGmailThread` in steps (lib/hosts/read-steps.ts): the page reads long mail in short tasks. */
export function* readGmailThreadSteps(doc: Document, url: URL): Steps<ThreadSnapshot> {
  const route = parseGmailRoute(url);
  const routeThread = route.kind === 'thread' ? route : null;
  const problems: ReadProblem[] = [];
  const root = findConversationRoot(doc);
  if (!root) problems.push({ what: 'conversation view', selector: `${threadElement}, ${paneThreadElement}` });

  const { heading, pageThreadId, threadId } = shownThreadId(root, url);
  if (root && !heading) problems.push({ what: 'thread id (subject heading)', selector: threadHeading });
  if (pageThreadId && routeThread?.legacyThreadId && pageThreadId !== routeThread.legacyThreadId) {
    problems.push({ what: `page still shows another conversation than the URL (${routeThread.urlThreadId})`, selector: threadHeading });
  }
  // Since 2025-11 the perm id is sometimes missing or "undefined" (InboxSDK 1b0ea3b9, 1787941b).
  const permId = usable(heading?.getAttribute('data-thread-perm-id')) ?? routeThread?.permThreadId ?? null;

  const subjectEl = heading ?? (root && pageMatch(root, subjectHeading));
  const subject = (subjectEl?.textContent ?? '').replace(/\s+/g, ' ').trim() || subjectFromTitle(doc) || '';
  if (root && !subjectEl) problems.push({ what: 'subject', selector: `${threadHeading}, ${subjectHeading}` });

  const read = root ? yield* readMessages(root) : { messages: [], count: 0, problems: [] };
  problems.push(...read.problems);

  const account = readAccountEmail(doc);
  if (!account) problems.push({ what: 'account address (title or account button)', selector: accountButton });
  const accountIndex = route.accountIndex ?? 0;

  return {
    host: 'gmail',
    account: account ?? `u/${accountIndex}`,
    threadId,
    permId,
    group: null,
    subject,
    url: canonicalThreadUrl(accountIndex, routeThread?.urlThreadId ?? threadId),
    messages: read.messages,
    messageCount: read.count,
    replyOpen: root ? isReplyOpen(doc, root, threadId) : false,
    collaborative: null,
    // Labels are optional facts (no problem when none): they only help decide what is a support case.
    labels: Array.from((root ?? doc).querySelectorAll(threadLabel), (chip) => (inMail(chip) ? '' : chip.getAttribute('title') ?? '')).filter((name) => name !== ''),
    problems,
  };
}
