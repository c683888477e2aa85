import type { ReadProblem, ThreadSnapshot } from '../../model/thread';
import { finishSteps, type Steps } from '../read-steps';
import { readCollaborativeState } from './collaborative';
import { findConversationRoot, findMessageItems } from './conversation-root';
import { readGroupsAccount } from './group-account';
import { isRendered, pageMatch } from './dom-visibility';
import { MESSAGE_TEXT_LIMIT } from './message-body';
import { readGroupsMessage, THREAD_TEXT_LIMIT, type MessageReading } from './read-message';
import { findReplyEditor } from './reply-editor';
import { canonicalTopicUrl, parseGroupsRoute } from './route';
import { messageItem, messageListLabel, messageMenuIds, subjectHeading } from './selectors';

export { findConversationRoot } from './conversation-root';

/** The topic the page is about: the URL's, else the one on screen (Groups may lag behind its URL). */
function topicIdOf(root: Element | null, url: URL): { shownTopicId: string | null; topicId: string } {
  const route = parseGroupsRoute(url);
  const shownTopicId = (root && pageMatch(root, messageMenuIds.css))?.getAttribute('data-conv-id') ?? null;
  return { shownTopicId, topicId: route.kind === 'conversation' ? route.topicId : (shownTopicId ?? '') };
}

/** Whether the page shows the conversation `threadKey` (cheap: no message is read). */
export function showsGroupsThread(doc: Document, url: URL, threadKey: string): boolean {
  const root = findConversationRoot(doc);
  return root !== null && topicIdOf(root, url).topicId === threadKey;
}

/** Reads the open Groups conversation. Never throws: what it cannot read is in `problems`. */
export function readGroupsThread(doc: Document, url: URL): ThreadSnapshot {
  return finishSteps(readGroupsThreadSteps(doc, url));
}

/** `readGroupsThread` in steps (lib/hosts/read-steps.ts): the page reads long mail in short tasks. */
export function* readGroupsThreadSteps(doc: Document, url: URL): Steps<ThreadSnapshot> {
  const problems: ReadProblem[] = [];
  const route = parseGroupsRoute(url);
  const root = findConversationRoot(doc);
  if (root === null) problems.push({ what: 'conversation', selector: messageItem.css });

  const { shownTopicId, topicId } = topicIdOf(root, url);
  if (topicId === '') problems.push({ what: 'topic id', selector: `URL /c/<topic>, ${messageMenuIds.css}` });
  // After a pushState navigation Groups may still show the previous conversation for a moment.
  if (shownTopicId !== null && topicId !== '' && shownTopicId !== topicId) {
    problems.push({ what: `page still shows conversation ${shownTopicId}`, selector: messageMenuIds.css });
  }

  const group = route.kind === 'other' ? null : route.group;
  if (group === null) problems.push({ what: 'group', selector: 'URL /g/<group>' });

  const subject = root === null ? '' : readSubject(root, doc.title);
  if (root !== null && subject === '') problems.push({ what: 'subject', selector: `${subjectHeading.css}, ${messageListLabel.css}, title` });

  let left = THREAD_TEXT_LIMIT;
  const readings: MessageReading[] = [];
  for (const item of root === null ? [] : findMessageItems(root)) {
    const reading = yield* readGroupsMessage(item, readings.length + 1, Math.min(MESSAGE_TEXT_LIMIT, left));
    left -= reading.message.body.length;
    readings.push(reading);
  }
  problems.push(...readings.flatMap((r) => r.problems));

  return {
    host: 'groups',
    account: readGroupsAccount(doc, url),
    threadId: topicId,
    permId: null,
    group,
    subject,
    url: route.kind === 'conversation' ? canonicalTopicUrl(route, url.origin) : url.href,
    messages: readings.map((r) => r.message),
    messageCount: readings.length,
    replyOpen: findReplyEditor(doc) !== null,
    collaborative: root === null ? null : readCollaborativeState(root),
    problems,
  };
}

/** The subject heading, else the message list's label (A1), else the title "Subject - Group - Google Groups". */
function readSubject(root: Element, title: string): string {
  const heading = Array.from(root.querySelectorAll(subjectHeading.css)).find(isRendered);
  const label = pageMatch(root, messageListLabel.css)?.getAttribute('aria-label');
  const parts = title.split(' - ');
  const fromTitle = parts.length >= 3 && parts.at(-1) === 'Google Groups' ? parts.slice(0, -2).join(' - ') : '';
  return (heading?.textContent?.trim() || label?.trim() || fromTitle).replace(/\s+/g, ' ');
}
