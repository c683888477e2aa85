import { afterAll, describe, expect, it } from 'vitest';
import { finishSteps } from '../read-steps';
import { createGroupsAdapter } from './index';
import { loadPage, ownFixtures, type LoadedPage } from './test-support/fixture-pages';
import { htmlDocument } from './test-support/html-document';

const adapter = createGroupsAdapter();
const opened: LoadedPage[] = [];
afterAll(async () => {
  await Promise.all(opened.map((page) => page.close()));
});

describe('createGroupsAdapter', () => {
  it.each([
    ['https://groups.google.com/g/ftpgate-help/c/q9Zr-4LmT_w', { kind: 'conversation', threadKey: 'q9Zr-4LmT_w' }, 'ftpgate-help@googlegroups.com'],
    ['https://groups.google.com/a/example.org/g/it.help-desk/search?q=tls', { kind: 'list' }, 'it.help-desk@example.org'],
    ['https://groups.google.com/my-groups', { kind: 'other' }, ''],
  ])('%s', (href, route, account) => {
    expect(adapter.host).toBe('groups');
    expect(adapter.parseRoute(new URL(href))).toEqual(route);
    expect(adapter.readAccount(document0(), new URL(href))).toBe(account);
  });

  it.skipIf(!ownFixtures.available)('reads the same account on the list and in a conversation (the case key)', () => {
    const list = loadPage(ownFixtures, 'app.html', 'https://groups.google.com/g/ftpgate-help', '/g/ftpgate-help');
    const topic = loadPage(ownFixtures, 'collaborative-inbox.html', 'https://groups.google.com/g/ftpgate-help/c/Tn0vK3aPq8E');
    opened.push(list, topic);
    expect(adapter.readListRows(list.doc).map((row) => row.threadId)).toContain('Tn0vK3aPq8E');
    expect(adapter.readAccount(list.doc, list.url)).toBe(finishSteps(adapter.readThread(topic.doc, topic.url)).account);
    expect(adapter.findConversationRoot(topic.doc)).not.toBeNull();
    expect(adapter.showsThread(topic.doc, topic.url, 'Tn0vK3aPq8E')).toBe(true);
    expect(adapter.showsThread(list.doc, topic.url, 'Tn0vK3aPq8E')).toBe(false);
  });
});

/** readAccount reads only the URL; any document will do. */
function document0(): Document {
  const snippet = htmlDocument('<p>any page</p>');
  opened.push({ doc: snippet.doc, url: new URL('https://groups.google.com/'), close: snippet.close });
  return snippet.doc;
}
