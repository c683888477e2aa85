import { afterAll, describe, expect, it } from 'vitest';
import { readGroupsListRows } from './list-rows';
import { loadPage, ownFixtures, readIndex, sharedFixtures, type FixtureSet, type LoadedPage } from './test-support/fixture-pages';

const opened: LoadedPage[] = [];
afterAll(async () => {
  await Promise.all(opened.map((page) => page.close()));
});

/** The list view of a set's app.html, and its truth. */
function listPage(set: FixtureSet): { page: LoadedPage; rows: { topicId: string; subject: string; unread: boolean; lastSenderEmail?: string | null }[] } {
  const app = readIndex(set).find((p) => p.file === 'app.html');
  const state = app?.states?.find((s) => s.truth.view === 'list');
  if (app === undefined || state === undefined || state.truth.view !== 'list') throw new Error(`no list state in ${set.dir}`);
  const page = loadPage(set, app.file, app.url, state.path);
  opened.push(page);
  return { page, rows: state.truth.rows };
}

describe.each<[string, FixtureSet]>([
  ['own fixtures', ownFixtures],
  ['shared fixtures (needs ../shared)', sharedFixtures],
])('readGroupsListRows on the app.html list view: %s', (_name, set) => {
  it.skipIf(!set.available)('reads every row as the truth lists it', () => {
    const { page, rows } = listPage(set);
    expect(readGroupsListRows(page.doc)).toEqual(
      rows.map((row) => ({ threadId: row.topicId, subject: row.subject, unread: row.unread, lastSenderEmail: row.lastSenderEmail ?? null })),
    );
  });

  it.skipIf(!set.available)('still sees unread rows by their bold subject when the off-screen "unread" text is gone', () => {
    const { page, rows } = listPage(set);
    for (const hint of Array.from(page.doc.querySelectorAll('.VHnXje'))) hint.remove();
    expect(readGroupsListRows(page.doc).map((row) => row.unread)).toEqual(rows.map((row) => row.unread));
  });

  it.skipIf(!set.available)('takes the topic id from the link when a row loses data-rowid', () => {
    const { page, rows } = listPage(set);
    for (const row of Array.from(page.doc.querySelectorAll('[data-rowid]'))) row.removeAttribute('data-rowid');
    expect(readGroupsListRows(page.doc).map((row) => row.threadId)).toEqual(rows.map((row) => row.topicId));
  });
});

describe('readGroupsListRows elsewhere', () => {
  it.skipIf(!ownFixtures.available)('returns no rows on a conversation page', () => {
    const page = loadPage(ownFixtures, 'collaborative-inbox.html', 'https://groups.google.com/g/ftpgate-help/c/Tn0vK3aPq8E');
    opened.push(page);
    expect(readGroupsListRows(page.doc)).toEqual([]);
  });

  it.skipIf(!ownFixtures.available)('ignores a list view the SPA has hidden', () => {
    const { page } = listPage(ownFixtures);
    page.doc.querySelector('[role="grid"]')?.setAttribute('hidden', '');
    expect(readGroupsListRows(page.doc)).toEqual([]);
  });
});
