import { describe, expect, it } from 'vitest';
import { applyThread } from '../core/case/derive-from-thread';
import { caseIdFor } from '../core/case/new-case';
import { context, message, people, thread as caseThread } from '../core/case/test-support';
import { sampleThread } from '../core/trac/test-samples';
import { saveCase } from '../db/cases-repository';
import { openTestDb } from '../db/test-db';
import type { Handlers, Sender } from '../messaging';
import type { RequestOf, RequestType } from '../model/messages';
import type { Services } from './services';
import { scopedToTabs, senderHost } from './tab-scope';
import type { TabEntry } from './tab-threads';

const ORIGIN = 'chrome-extension://casebook/';
const gmailTab = (tabId: number): Sender => ({ id: 'casebook', url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgz', tab: { id: tabId } as Sender['tab'] });
const groupsTab: Sender = { id: 'casebook', url: 'https://groups.google.com/g/support/c/abc', tab: { id: 5 } as Sender['tab'] };
const popup: Sender = { id: 'casebook', url: `${ORIGIN}popup.html` };

const shown = sampleThread();
const other = sampleThread({ threadId: '19999999999999aa', subject: 'Another customer' });
const shownCase = caseIdFor(shown.host, shown.account, shown.threadId);
const otherCase = caseIdFor(other.host, other.account, other.threadId);

/** Handlers that only say they ran; the scope decides whether they may. */
function harness(entries: Record<number, TabEntry>) {
  const db = openTestDb();
  const ran: string[] = [];
  const handlers = new Proxy({} as Handlers, {
    get: (_target, type: string) => async () => {
      ran.push(type);
      return {};
    },
    ownKeys: () => ['thread.opened', 'case.track', 'case.update', 'case.list', 'classifier.correct', 'trac.preview', 'trac.open', 'list.rowsSeen', 'inserter.load', 'chips.load', 'templates.save', 'mailbox.sendAs'],
    getOwnPropertyDescriptor: () => ({ enumerable: true, configurable: true }),
  });
  const scoped = scopedToTabs(handlers, {
    services: { db } as Services,
    entryOf: async (tabId) => entries[tabId],
    isExtensionPage: (sender) => (sender.url ?? '').startsWith(ORIGIN),
  });
  const send = <T extends RequestType>(type: T, payload: RequestOf<T>, sender: Sender): Promise<unknown> =>
    (scoped[type] as (p: RequestOf<T>, s: Sender) => Promise<unknown>)(payload, sender);
  return { db, ran, send };
}

const entry = (thread = shown): TabEntry => ({ caseId: caseIdFor(thread.host, thread.account, thread.threadId), conversation: caseIdFor(thread.host, thread.account, thread.threadId), thread });
const ownerChange = { kind: 'owner' as const, to: 'mallory@evil.example' };

describe('scopedToTabs: a tab acts only on its own conversation', () => {
  it('lets a tab change the case of the conversation it shows', async () => {
    const { send, ran } = harness({ 1: entry() });
    await send('case.update', { caseId: shownCase, baseVersion: 1, change: ownerChange, actor: 'me' }, gmailTab(1));
    await send('trac.preview', { caseId: shownCase, thread: shown }, gmailTab(1));
    await send('classifier.correct', { caseId: shownCase, thread: shown, to: 'defect' }, gmailTab(1));
    expect(ran).toEqual(['case.update', 'trac.preview', 'classifier.correct']);
  });

  it.each<[string, RequestType, (tab: Sender) => unknown]>([
    ['update another case', 'case.update', () => ({ caseId: otherCase, baseVersion: 1, change: ownerChange, actor: 'me' })],
    ['escalate another case', 'trac.open', () => ({ caseId: otherCase, thread: null, summary: 's', values: { priority: 'major' } })],
    ['escalate its case with another conversation', 'trac.open', () => ({ caseId: shownCase, thread: other, summary: 's', values: { priority: 'major' } })],
    ['preview another case', 'trac.preview', () => ({ caseId: otherCase, thread: null })],
    ['correct with another conversation', 'classifier.correct', () => ({ caseId: null, thread: other, to: 'defect' })],
    ['list every case (pages only)', 'case.list', () => ({ filter: 'all', search: '', offset: 0, limit: 50, me: '' })],
    ['save a template (pages only)', 'templates.save', () => ({ template: {} })],
  ])('refuses a tab that tries to %s', async (_what, type, payload) => {
    const { send, ran } = harness({ 1: entry(), 2: entry(other) });
    await expect(send(type, payload(gmailTab(1)) as never, gmailTab(1))).rejects.toThrow(/Request refused/);
    expect(ran).toEqual([]);
  });

  it('refuses a tab that has reported nothing yet', async () => {
    const { send } = harness({});
    await expect(send('case.update', { caseId: shownCase, baseVersion: 1, change: ownerChange, actor: 'me' }, gmailTab(9))).rejects.toThrow(/not shown a conversation/);
  });

  it('a Groups page cannot report a Gmail conversation or Gmail list rows', async () => {
    const { send } = harness({});
    await expect(send('thread.opened', { thread: shown }, groupsTab)).rejects.toThrow(/cannot report a gmail conversation/);
    await expect(send('list.rowsSeen', { host: 'gmail', account: 'a', rows: [] }, groupsTab)).rejects.toThrow(/cannot report gmail rows/);
  });

  it("a page may take only its own site's insertion script", async () => {
    const { send, ran } = harness({});
    await expect(send('inserter.load', { host: 'gmail' }, groupsTab)).rejects.toThrow(/cannot take gmail's insertion script/);
    await expect(send('inserter.load', { host: 'groups' }, groupsTab)).resolves.toEqual({});
    expect(ran).toEqual(['inserter.load']);
  });

  it("a page may take only its own site's chip painter", async () => {
    const { send, ran } = harness({});
    await expect(send('chips.load', { host: 'groups' }, gmailTab(1))).rejects.toThrow(/cannot take groups's chip painter/);
    await expect(send('chips.load', { host: 'gmail' }, gmailTab(1))).resolves.toEqual({});
    expect(ran).toEqual(['chips.load']);
  });

  it('links only a case the sidebar offered', async () => {
    const mine = applyThread(null, caseThread([message(people.jane, '2025-11-03T10:00:00Z')], { subject: 'SFTP uploads fail' }), context('2025-11-03T10:05:00Z'));
    const twin = applyThread(null, { ...caseThread([message(people.jane, '2025-11-03T10:00:00Z')], { subject: 'Re: SFTP uploads fail' }), host: 'groups', account: 'support', threadId: 'topic1' }, context('2025-11-03T10:05:00Z'));
    const unrelated = applyThread(null, { ...caseThread([message(people.jane, '2025-11-03T10:00:00Z')], { subject: 'Licence renewal' }), host: 'groups', account: 'support', threadId: 'topic2' }, context('2025-11-03T10:05:00Z'));
    const tab = { 1: { caseId: mine.case.id, conversation: mine.case.id, thread: null } };
    const scoped = harness(tab);
    for (const c of [mine, twin, unrelated]) await saveCase(scoped.db, c.case, null, c.events);
    await scoped.send('case.update', { caseId: mine.case.id, baseVersion: 1, change: { kind: 'link_case', otherCaseId: twin.case.id }, actor: 'me' }, gmailTab(1));
    await expect(
      scoped.send('case.update', { caseId: mine.case.id, baseVersion: 1, change: { kind: 'link_case', otherCaseId: unrelated.case.id }, actor: 'me' }, gmailTab(1)),
    ).rejects.toThrow(/not offered/);
    expect(scoped.ran).toEqual(['case.update']);
  });

  it("Casebook's own pages are not limited", async () => {
    const { send, ran } = harness({});
    await send('case.update', { caseId: otherCase, baseVersion: 1, change: ownerChange, actor: 'me' }, popup);
    await send('case.list', { filter: 'all', search: '', offset: 0, limit: 50, me: '' }, popup);
    expect(ran).toEqual(['case.update', 'case.list']);
  });

  it.each([
    ['https://mail.google.com/mail/u/0/', 'gmail'],
    ['https://groups.google.com/g/x', 'groups'],
    ['https://mail.google.com.evil.example/', null],
    ['http://mail.google.com/', null],
    ['not a url', null],
  ])('senderHost(%s) is %s', (url, host) => {
    expect(senderHost({ url })).toBe(host);
  });
});

describe('scopedToTabs: send-as addresses', () => {
  const sendAs = (account: string) => ({ account, addresses: ['support@example.net'] });

  it('a Gmail tab reports the send-as addresses of the account it shows (any case of the address)', async () => {
    const { send, ran } = harness({ 1: entry() });
    await send('mailbox.sendAs', sendAs(shown.account.toUpperCase()), gmailTab(1));
    expect(ran).toEqual(['mailbox.sendAs']);
  });

  it.each([
    ['another account', 1, 'mallory@example.org', 'the account it shows'],
    ['before showing a conversation', 9, shown.account, 'not shown a conversation'],
  ])('refuses %s', async (_what, tabId, account, why) => {
    const { send, ran } = harness({ 1: entry() });
    await expect(send('mailbox.sendAs', sendAs(account), gmailTab(tabId))).rejects.toThrow(new RegExp(why));
    expect(ran).toEqual([]);
  });

  it('refuses Groups pages', async () => {
    const { send } = harness({ 5: entry() });
    await expect(send('mailbox.sendAs', sendAs(shown.account), groupsTab)).rejects.toThrow(/only Gmail/);
  });
});
