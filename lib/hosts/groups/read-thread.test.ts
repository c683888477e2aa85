import { afterAll, describe, expect, it } from 'vitest';
import { ThreadSnapshot } from '../../model/thread';
import { parseGroupsDate } from './group-date';
import { withBodiesAsWritten } from '../bodies-as-written';
import { findConversationRoot, readGroupsThread } from './read-thread';
import {
  loadPage, ownFixtures, readIndex, sharedFixtures, type ConversationTruth, type FixtureSet, type LoadedPage,
} from './test-support/fixture-pages';

interface Case {
  key: string;
  file: string;
  url: string;
  path: string | undefined;
  truth: ConversationTruth;
}

/** Every conversation page and SPA conversation state of a set's index.json. */
function conversationCases(set: FixtureSet): Case[] {
  if (!set.available) return [];
  return readIndex(set).flatMap((page) => {
    const states = page.spa && page.states ? page.states : [{ path: undefined, truth: page.truth }];
    return states.flatMap(({ path, truth }) =>
      truth.view === 'conversation' ? [{ key: `${page.file}${path ? `#${path}` : ''}`, file: page.file, url: page.url, path, truth }] : [],
    );
  });
}

const opened: LoadedPage[] = [];
afterAll(async () => {
  await Promise.all(opened.map((page) => page.close()));
});

describe.each<[string, FixtureSet]>([
  ['own fixtures', ownFixtures],
  ['shared fixtures (needs ../shared)', sharedFixtures],
])('readGroupsThread agrees with index.json truth: %s', (_name, set) => {
  const cases = conversationCases(set);
  const read = (c: Case): { snapshot: ThreadSnapshot; page: LoadedPage } => {
    const page = loadPage(set, c.file, c.url, c.path);
    opened.push(page);
    // As the background sees it: plain-text quotes and signatures are cut there.
    return { snapshot: withBodiesAsWritten(readGroupsThread(page.doc, page.url)), page };
  };

  // Visible in the report when ../shared is missing (a user's clone), instead of an empty suite.
  if (!set.available) it.skip(`${set.dir} is absent`, () => undefined);

  it.skipIf(!set.available).each(cases)('$key', ({ truth, ...c }) => {
    const { snapshot, page } = read({ truth, ...c });
    expect(ThreadSnapshot.safeParse(snapshot).success).toBe(true);
    const origin = 'https://groups.google.com';
    const domainPart = truth.domain === null ? '' : `/a/${truth.domain}`;
    expect(snapshot).toMatchObject({
      host: 'groups',
      account: truth.groupEmail,
      group: truth.group,
      threadId: truth.topicId,
      permId: null,
      subject: truth.subject,
      url: `${origin}${domainPart}/g/${truth.group}/c/${truth.topicId}`,
      messageCount: truth.messages.length,
      replyOpen: truth.replyEditorOpen,
      collaborative: truth.collaborativeInbox && {
        assigneeName: truth.collaborativeInbox.assigneeName,
        assigneeEmail: truth.collaborativeInbox.assigneeEmail,
        resolution: truth.collaborativeInbox.resolution,
      },
    });
    expect(snapshot.messages.map((m) => m.id)).toEqual(truth.messages.map((m) => m.messageId));
    expect(snapshot.messages.map((m) => m.from)).toEqual(truth.messages.map((m) => ({ name: m.authorName, email: m.authorEmail ?? '' })));
    expect(snapshot.messages.map((m) => m.dateText)).toEqual(truth.messages.map((m) => m.dateText ?? ''));
    expect(snapshot.messages.map((m) => m.sentAt)).toEqual(truth.messages.map((m) => parseGroupsDate(m.dateText ?? '')));
    expect(snapshot.messages.map((m) => collapse(m.body).slice(0, 80))).toEqual(truth.messages.map((m) => m.bodyStart));
    if (truth.messages.every((m) => m.body !== undefined)) {
      expect(snapshot.messages.map((m) => m.body)).toEqual(truth.messages.map((m) => m.body));
    }
    expect(snapshot.problems.map((p) => p.what)).toEqual(truth.problems ?? []);
    expect(findConversationRoot(page.doc)?.contains(page.doc.querySelector('[role="list"]'))).toBe(true);
  });
});

describe('readGroupsThread without a conversation on screen', () => {
  it.skipIf(!ownFixtures.available).each([
    ['the list page', '/g/ftpgate-help', ''],
    ['a topic the page cannot show', '/g/ftpgate-help/c/Zz9Yy8Xx7Ww', 'Zz9Yy8Xx7Ww'],
  ])('%s reports the missing conversation instead of throwing', (_name, path, threadId) => {
    const page = loadPage(ownFixtures, 'app.html', 'https://groups.google.com/g/ftpgate-help', path === '/g/ftpgate-help' ? path : undefined);
    opened.push(page);
    const snapshot = readGroupsThread(page.doc, new URL(path, 'https://groups.google.com'));
    expect(findConversationRoot(page.doc)).toBeNull();
    expect(snapshot).toMatchObject({ threadId, messages: [], messageCount: 0, collaborative: null, replyOpen: false });
    expect(snapshot.problems.map((p) => p.what)).toContain('conversation');
  });

  it.skipIf(!ownFixtures.available)('flags a view that still shows the previous conversation after navigation', () => {
    const page = loadPage(ownFixtures, 'app.html', 'https://groups.google.com/g/ftpgate-help', '/g/ftpgate-help/c/q9Zr-4LmT_w');
    opened.push(page);
    const snapshot = readGroupsThread(page.doc, new URL('https://groups.google.com/g/ftpgate-help/c/Tn0vK3aPq8E'));
    expect(snapshot.threadId).toBe('Tn0vK3aPq8E');
    expect(snapshot.problems).toEqual([{ what: 'page still shows conversation q9Zr-4LmT_w', selector: '[data-conv-id][data-message-id]' }]);
  });

  it.skipIf(!ownFixtures.available)('skips a hidden, lingering view', () => {
    const page = loadPage(ownFixtures, 'collaborative-inbox.html', 'https://groups.google.com/g/ftpgate-help/c/Tn0vK3aPq8E');
    opened.push(page);
    page.doc.querySelector('c-wiz')?.setAttribute('hidden', '');
    expect(findConversationRoot(page.doc)).toBeNull();
    expect(readGroupsThread(page.doc, page.url).messages).toEqual([]);
  });
});

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
