import { describe, expect, it } from 'vitest';
import { readGmailThread } from './read-thread';
import { HAS_SHARED, loadPage, OWN_DIR, SHARED_DIR } from './test-support/fixture-pages';

const url = (hash: string): URL => new URL(`https://mail.google.com/mail/u/0/${hash}`);

describe('Gmail thread labels (they decide which threads are support cases)', () => {
  it('reads the label chips beside the subject of our own thread', () => {
    const doc = loadPage(OWN_DIR, 'thread-inline-reply.html');
    expect(readGmailThread(doc, url('#inbox/FMfcgzQZTVrTxVWmnWbnskgPztxqlsnB')).labels).toEqual(['Inbox', 'Defects']);
  });

  it('a page without chips has no labels and no problem because of it', () => {
    const doc = loadPage(OWN_DIR, 'thread-missing-anchors.html');
    const thread = readGmailThread(doc, url('#inbox/FMfcgzQZTVrVbctjsKTGvrHtsBVspqkC'));
    expect(thread.labels).toEqual([]);
    expect(thread.problems.map((p) => p.what).join()).not.toMatch(/label/);
  });

  it.runIf(HAS_SHARED)('reads them on the shared fixtures too (needs ../shared)', () => {
    const doc = loadPage(SHARED_DIR, 'thread-many-messages.html');
    expect(readGmailThread(doc, url('#inbox/FMfcgzQXKqsgdWMkfJrMTLxzRCHTtfsx')).labels).toEqual(['Inbox', 'Customers', 'Escalated']);
  });
});
