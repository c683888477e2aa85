import { describe, expect, it } from 'vitest';
import { ThreadSnapshot } from '../../model/thread';
import { withBodiesAsWritten } from '../bodies-as-written';
import { withSentTimes } from '../sent-times';
import { readGmailThread } from './read-thread';
import { routeStubs, threadCases, type FixtureIndex, type MessageTruth, type ThreadCase } from './test-support/ground-truth';
import { expandAllMessages, HAS_SHARED, loadPage, OWN_DIR, readIndex, SHARED_DIR, showRoute } from './test-support/fixture-pages';

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();
/** The local wall clock of an epoch, written like Gmail's en-US tooltip, to check `sentAt` independently. */
const wallClock = (epoch: number | null): string =>
  epoch === null ? 'null' : new Date(epoch).toLocaleString('en-US', { month: 'short', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit' }).replace(/\s/g, ' ');

/**
 * A thread as the background sees it: Gmail's page sends each date as shown (sentAt null) and
 * the background reads the times (lib/hosts/sent-times.ts) and cuts plain-text quotes
 * (lib/hosts/bodies-as-written.ts).
 */
function readAsBackground(doc: Document, url: URL): ThreadSnapshot {
  const fromPage = readGmailThread(doc, url);
  expect(fromPage.messages.every((m) => m.sentAt === null)).toBe(true);
  return withSentTimes(withBodiesAsWritten(fromPage));
}

function open(dir: string, c: { file: string; route: string | null; url: string }): Document {
  const doc = loadPage(dir, c.file, c.url);
  if (c.route) expect(showRoute(doc, c.route)).toBe(true);
  return doc;
}

function expectMessage(actual: ThreadSnapshot['messages'][number] | undefined, truth: MessageTruth, expanded: boolean): void {
  expect(actual?.state).toBe(expanded ? 'expanded' : truth.state);
  expect(actual?.from).toEqual({ name: truth.senderName, email: truth.senderEmail });
  expect(actual?.dateText).toBe(truth.date.title);
  expect(wallClock(actual?.sentAt ?? null)).toBe(truth.date.title.replace(/\s/g, ' '));
  const idsShown = expanded || truth.idsInDomBeforeExpand;
  expect(actual?.id).toBe(idsShown ? truth.messageId : null);
  expect(actual?.syncId).toBe(idsShown ? truth.syncMessageId : null);
  if (!idsShown) {
    expect(actual?.body).toBe(collapse(truth.snippet ?? ''));
    return;
  }
  // body80 is measured on the rendered body, signature included: a shorter body is its prefix.
  const body = collapse(actual?.body ?? '');
  expect(body.length >= 80 ? body.startsWith(truth.body80) : truth.body80.startsWith(body) && body.length > 0).toBe(true);
  if (truth.body !== undefined) expect(actual?.body).toBe(truth.body);
}

function checkThread(dir: string, c: ThreadCase, index: FixtureIndex): void {
  const doc = open(dir, c);
  const snapshot = ThreadSnapshot.parse(readAsBackground(doc, new URL(c.url)));
  const { truth } = c;
  expect(snapshot).toMatchObject({
    host: 'gmail',
    account: truth.accountEmail ?? index.account.email,
    threadId: truth.threadId,
    permId: truth.threadPermId,
    subject: truth.subject,
    url: `${index.baseUrl}#inbox/${truth.urlToken}`,
    messageCount: truth.messageCount ?? truth.messages.length,
    replyOpen: truth.compose?.open === true && truth.compose.kind === 'inline-reply',
    problems: [],
  });
  expect(snapshot.messages).toHaveLength(truth.messages.length);
  truth.messages.forEach((message, i) => expectMessage(snapshot.messages[i], message, false));

  expandAllMessages(doc);
  const expanded = readAsBackground(doc, new URL(c.url));
  expect(expanded.problems).toEqual([]);
  truth.messages.forEach((message, i) => expectMessage(expanded.messages[i], message, true));
}

describe.skipIf(!HAS_SHARED)('readGmailThread on the shared fixtures (needs ../shared)', () => {
  const index = HAS_SHARED ? readIndex<FixtureIndex>(SHARED_DIR) : { files: [], baseUrl: '', account: { email: '', name: '' } };
  const cases = threadCases(index);

  it('finds every thread view of index.json', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  it.each(cases)('$name', (c) => checkThread(SHARED_DIR, c, index));

  it.each(routeStubs(index))('$name (id and subject)', ({ file, hash, url, truth }) => {
    const snapshot = readAsBackground(open(SHARED_DIR, { file, route: hash, url }), new URL(url));
    expect([snapshot.threadId, snapshot.subject, snapshot.problems]).toEqual([truth.threadId, truth.subject, []]);
  });
});

describe('readGmailThread on the project fixtures', () => {
  const index = readIndex<FixtureIndex>(OWN_DIR);
  const cases = threadCases(index);

  it('finds every thread view of index.json', () => {
    expect(cases.map((c) => c.name)).toHaveLength(9); // 7 inbox threads, the inline reply, the send-as reply
  });

  it.each(cases)('$name', (c) => checkThread(OWN_DIR, c, index));

  it('reports every missing anchor of the degraded page and still reads what it can', () => {
    const entry = index.files.find((file) => file.file === 'thread-missing-anchors.html');
    const truth = entry?.groundTruth;
    if (!entry || !truth) throw new Error('index.json lacks thread-missing-anchors.html');
    const snapshot = ThreadSnapshot.parse(readAsBackground(loadPage(OWN_DIR, entry.file, entry.url), new URL(entry.url)));
    expect(snapshot.problems.map((p) => p.selector)).toEqual(expect.arrayContaining(truth.expectedProblemSelectors ?? ['?']));
    expect([snapshot.threadId, snapshot.permId, snapshot.subject]).toEqual([truth.threadId, truth.threadPermId, truth.subject]);
    expect(snapshot.messages).toHaveLength(truth.readableMessages?.length ?? -1);
    truth.readableMessages?.forEach((message, i) => expectMessage(snapshot.messages[i], message, true));
  });
});

describe('readGmailThread when the page and the URL disagree', () => {
  const index = readIndex<FixtureIndex>(OWN_DIR);
  const demo = index.files.find((file) => file.file === 'demo-mailbox.html');
  const routes = Object.keys(demo?.groundTruth.routes ?? {});

  it.each([
    ['the list is shown, no conversation', null, routes[0], 'conversation view'],
    ['the DOM still shows the previous thread', routes[1], routes[2], 'page still shows another conversation'],
  ])('%s', (_what, shown, urlHash, problem) => {
    const doc = loadPage(OWN_DIR, 'demo-mailbox.html');
    if (shown) showRoute(doc, shown);
    const snapshot = ThreadSnapshot.parse(readAsBackground(doc, new URL(index.baseUrl + urlHash)));
    expect(snapshot.problems.map((p) => p.what).join('; ')).toContain(problem);
  });

  it('falls back to the route for the account when title and account button are gone', () => {
    const doc = loadPage(OWN_DIR, 'thread-inline-reply.html');
    doc.title = 'Untitled';
    doc.querySelector('header[role=banner]')?.remove();
    const snapshot = readAsBackground(doc, new URL('https://mail.google.com/mail/u/3/#inbox'));
    expect(snapshot.account).toBe('u/3');
    expect(snapshot.problems.map((p) => p.what)).toContain('account address (title or account button)');
  });
});
