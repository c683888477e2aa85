import { describe, expect, it } from 'vitest';
import { applyThread } from '../core/case/derive-from-thread';
import { context, message, people, thread } from '../core/case/test-support';
import { saveCase } from './cases-repository';
import { conversationSubject, findLinkCandidates } from './link-candidates';
import { openTestDb } from './test-db';

describe('conversationSubject', () => {
  it.each([
    ['Re: Fwd: SFTP uploads fail', 'sftp uploads fail'],
    ['AW: WG: Lizenz verlängern', 'lizenz verlangern'],
    ['RE[2]: Quote', 'quote'],
    ['Regarding the renewal', 'regarding the renewal'],
    ['', ''],
  ])('%j -> %j', (subject, expected) => {
    expect(conversationSubject(subject)).toBe(expected);
  });
});

describe('findLinkCandidates', () => {
  const make = (host: 'gmail' | 'groups', threadId: string, subject: string, from = people.jane) =>
    applyThread(null, thread([message(from, '2025-11-03T10:00:00Z')], { host, threadId, subject, account: host === 'groups' ? 'support@casebook-vendor.com' : 'alice@casebook-vendor.com' }), context('2025-11-03T10:05:00Z')).case;

  it('offers the same conversation on the other host, not look-alikes', async () => {
    const db = openTestDb();
    const gmail = make('gmail', 'g1', 'SFTP uploads fail after upgrade');
    const twin = make('groups', 't1', 'Re: SFTP uploads fail after upgrade');
    const otherCustomer = make('groups', 't2', 'SFTP uploads fail after upgrade', people.raj);
    const otherSubject = make('groups', 't3', 'SFTP uploads fail sometimes');
    const sameHost = make('gmail', 'g2', 'SFTP uploads fail after upgrade');
    for (const c of [gmail, twin, otherCustomer, otherSubject, sameHost]) await saveCase(db, c, null, []);
    expect(await findLinkCandidates(db, gmail)).toEqual([{ caseId: twin.id, subject: twin.subject, host: 'groups' }]);
    expect(await findLinkCandidates(db, { ...gmail, linkedCaseIds: [twin.id] })).toEqual([]);
  });
});
