import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ThreadSnapshot } from '../../model/thread';
import { withBodiesAsWritten } from '../../hosts/bodies-as-written';
import { readGmailThread } from '../../hosts/gmail/read-thread';
import { HAS_SHARED, loadPage as loadGmailPage, OWN_DIR, readIndex as readGmailIndex, SHARED_DIR, showRoute } from '../../hosts/gmail/test-support/fixture-pages';
import { threadCases, type FixtureIndex } from '../../hosts/gmail/test-support/ground-truth';
import { readGroupsThread } from '../../hosts/groups/read-thread';
import { loadPage as loadGroupsPage, ownFixtures, readIndex as readGroupsIndex, sharedFixtures, type FixtureSet, type LoadedPage } from '../../hosts/groups/test-support/fixture-pages';
import { withSentTimes } from '../../hosts/sent-times';
import { conversationIdentity, conversationKey } from './conversation-key';

/** One fixture view: the snapshot the background gets, and which conversation the fixture's truth says it is. */
interface Seen {
  name: string;
  conversation: string;
  snapshot: ThreadSnapshot;
}

const opened: LoadedPage[] = [];
afterAll(async () => {
  await Promise.all(opened.map((page) => page.close()));
});

function gmailViews(set: 'own' | 'shared', dir: string): Seen[] {
  return threadCases(readGmailIndex<FixtureIndex>(dir)).map((c) => {
    const doc = loadGmailPage(dir, c.file, c.url);
    if (c.route) showRoute(doc, c.route);
    const snapshot = ThreadSnapshot.parse(withSentTimes(withBodiesAsWritten(readGmailThread(doc, new URL(c.url)))));
    return { name: `gmail ${set}: ${c.name}`, conversation: `gmail ${set}: ${c.truth.threadId}`, snapshot };
  });
}

function groupsViews(set: FixtureSet): Seen[] {
  return readGroupsIndex(set).flatMap((page) => {
    const states = page.spa && page.states ? page.states : [{ path: undefined, truth: page.truth }];
    return states.flatMap(({ path, truth }): Seen[] => {
      if (truth.view !== 'conversation') return [];
      const loaded = loadGroupsPage(set, page.file, page.url, path);
      opened.push(loaded);
      const snapshot = ThreadSnapshot.parse(withSentTimes(withBodiesAsWritten(readGroupsThread(loaded.doc, loaded.url))));
      return [{ name: `groups ${set.name}: ${page.file}${path ? `#${path}` : ''}`, conversation: `groups ${set.name}: ${truth.topicId}`, snapshot }];
    });
  });
}

const own = [...gmailViews('own', OWN_DIR), ...groupsViews(ownFixtures)];
const shared = HAS_SHARED && sharedFixtures.available ? [...gmailViews('shared', SHARED_DIR), ...groupsViews(sharedFixtures)] : [];

describe.each([
  ['own fixtures (test/fixtures/gmail, test/fixtures/groups)', own],
  ['shared fixtures (../shared/fixtures)', shared],
])('conversation keys of every fixture view: %s', (_name, views) => {
  if (views.length === 0) {
    it.skip('../shared/fixtures is absent', () => undefined);
    return;
  }

  it.each(views)('$name has a key', ({ snapshot }) => {
    expect(conversationKey(snapshot)).toMatch(/^conv-[A-Za-z0-9_-]{11}$/);
  });

  it('gives views of one conversation one key, and different conversations different keys', () => {
    const keyOf = new Map<string, string>();
    const conversationOf = new Map<string, string>();
    for (const { name, conversation, snapshot } of views) {
      const key = conversationKey(snapshot)!;
      expect(keyOf.get(conversation) ?? key, `${name}: another key than other views of ${conversation}`).toBe(key);
      expect(conversationOf.get(key) ?? conversation, `${name}: the key of ${conversationOf.get(key)}`).toBe(conversation);
      keyOf.set(conversation, key);
      conversationOf.set(key, conversation);
    }
  });
});

describe('the same subject in the Gmail and the Groups fixtures is two conversations', () => {
  it.skipIf(shared.length === 0)('"Feature request: per-user bandwidth limits" (own Gmail demo, shared Groups): two customers, two first minutes, two keys', () => {
    const views = [...own, ...shared].filter((view) => view.snapshot.subject === 'Feature request: per-user bandwidth limits');
    expect(new Set(views.map((view) => view.conversation))).toEqual(new Set(['gmail own: 19557d176600f00d', 'groups shared: Jw2mC5uEe9k']));
    expect(new Set(views.map((view) => conversationKey(view.snapshot))).size).toBe(2);
  });
});

describe('one conversation in two members\' mailboxes and in Groups (test/fixtures/team/same-conversation.json)', () => {
  const file = fileURLToPath(new URL('../../../test/fixtures/team/same-conversation.json', import.meta.url));
  const fixture = JSON.parse(readFileSync(file, 'utf8')) as { sameConversation: Record<string, unknown>; otherConversation: Record<string, unknown> };
  const read = (raw: unknown): ThreadSnapshot => withSentTimes(ThreadSnapshot.parse(raw));
  const same = Object.entries(fixture.sameConversation).map(([name, raw]) => [name, read(raw)] as const);

  it('differ in thread id, account, subject tag, sender and hidden messages, as the members\' pages do', () => {
    const [alice, bob, groups] = same.map(([, snapshot]) => snapshot);
    expect(new Set([alice!.threadId, bob!.threadId, groups!.threadId]).size).toBe(3);
    expect(new Set([alice!.account, bob!.account, groups!.account]).size).toBe(3);
    expect(bob!.messages.length).toBeLessThan(bob!.messageCount);
    expect(new Set(same.map(([, s]) => s.messages[0]!.from.email)).size).toBe(3);
  });

  it.each(same)('%s gets the one key', (_name, snapshot) => {
    expect(conversationKey(snapshot)).toBe(conversationKey(same[0]![1]));
    expect(conversationKey(snapshot)).not.toBeNull();
  });

  it('keeps the Message-ID where the page read it, without changing the key', () => {
    expect(same.map(([name, snapshot]) => [name, conversationIdentity(snapshot).rfcMessageId])).toEqual([
      ['alice-gmail', 'CAF3x9Lakeside.4711@mail.lakeside.example.com'],
      ['bob-gmail-collapsed', null],
      ['groups', null],
    ]);
  });

  it('gives the same subject begun again the next day another key', () => {
    const next = read(fixture.otherConversation['alice-gmail-next-day']);
    expect(conversationKey(next)).not.toBe(conversationKey(same[0]![1]));
  });
});
