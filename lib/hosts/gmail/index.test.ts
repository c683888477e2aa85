import { describe, expect, it } from 'vitest';
import { ThreadSnapshot } from '../../model/thread';
import { finishSteps } from '../read-steps';
import { insertIntoGmailReply } from './compose';
import { createGmailAdapter } from './index';
import { loadPage, OWN_DIR, readIndex, showRoute } from './test-support/fixture-pages';
import type { FixtureIndex } from './test-support/ground-truth';

const adapter = createGmailAdapter();
const index = readIndex<FixtureIndex>(OWN_DIR);
const demo = index.files.find((file) => file.file === 'demo-mailbox.html');
const routes = Object.entries(demo?.groundTruth.routes ?? {});

describe('createGmailAdapter', () => {
  it('is the gmail host', () => {
    expect(adapter.host).toBe('gmail');
  });

  it.each(routes)('follows the demo mailbox to %s', (hash, truth) => {
    const url = new URL(index.baseUrl + hash);
    const doc = loadPage(OWN_DIR, 'demo-mailbox.html', url.href);
    expect(adapter.findConversationRoot(doc)).toBeNull();
    expect(adapter.showsThread(doc, url, truth.threadId)).toBe(false);
    expect(adapter.readListRows(doc).map((row) => row.threadId)).toContain(truth.threadId);

    showRoute(doc, hash);
    expect(adapter.showsThread(doc, url, truth.threadId)).toBe(true);
    expect(adapter.showsThread(doc, url, 'another-thread')).toBe(false);
    expect(adapter.parseRoute(url)).toEqual({ kind: 'conversation', threadKey: truth.threadId });
    expect(adapter.findConversationRoot(doc)).not.toBeNull();
    const snapshot = ThreadSnapshot.parse(finishSteps(adapter.readThread(doc, url)));
    expect([snapshot.threadId, snapshot.subject, snapshot.account, snapshot.problems]).toEqual([truth.threadId, truth.subject, index.account.email, []]);
    expect(adapter.readListRows(doc)).toEqual([]);
    expect(adapter.readAccount(doc, url)).toBe(index.account.email);
  });

  it('reads the account slot from the URL when the page names no address', () => {
    const doc = loadPage(OWN_DIR, 'demo-mailbox.html');
    doc.title = 'Mail';
    doc.querySelector('header')?.remove();
    expect(adapter.readAccount(doc, new URL('https://mail.google.com/mail/u/2/#inbox'))).toBe('u/2');
  });

  it('remembers the caret for the insertion script, which is injected separately', async () => {
    const doc = loadPage(OWN_DIR, 'thread-inline-reply.html');
    const controller = new AbortController();
    adapter.trackCaret(doc, controller.signal);
    expect(await insertIntoGmailReply(doc, 'Hello')).toEqual({ ok: true, editor: 'inline-reply', openedReply: false });
    controller.abort();
  });
});
