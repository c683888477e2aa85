import { describe, expect, it } from 'vitest';
import { readGmailListRows } from './list-rows';
import { HAS_SHARED, loadPage, OWN_DIR, readIndex, SHARED_DIR, showRoute } from './test-support/fixture-pages';
import type { FixtureIndex, RowTruth } from './test-support/ground-truth';

function rowCases(index: FixtureIndex): Array<[string, RowTruth[]]> {
  return index.files.filter((file) => file.groundTruth.rows).map((file) => [file.file, file.groundTruth.rows ?? []]);
}

function expectRows(dir: string, file: string, truth: RowTruth[]): void {
  const rows = readGmailListRows(loadPage(dir, file));
  expect(rows.map((row) => [row.threadId, row.subject, row.unread])).toEqual(truth.map((row) => [row.threadId, row.subject, row.unread]));
  truth.forEach((row, i) => {
    if (row.lastSenderEmail !== undefined) expect(rows[i]?.lastSenderEmail).toBe(row.lastSenderEmail);
  });
}

describe.skipIf(!HAS_SHARED)('readGmailListRows on the shared fixtures (needs ../shared)', () => {
  const index = HAS_SHARED ? readIndex<FixtureIndex>(SHARED_DIR) : { files: [], baseUrl: '', account: { email: '', name: '' } };

  it.each(rowCases(index))('%s', (file, truth) => expectRows(SHARED_DIR, file, truth));

  it('reads the reading-pane list (three tr.zA.apv per conversation) as five rows', () => {
    const pane = index.files.find((file) => file.file === 'thread-reading-pane.html');
    const expected = Object.values(pane?.routes ?? {}).map((route) => [route.threadId, route.subject]);
    const rows = readGmailListRows(loadPage(SHARED_DIR, 'thread-reading-pane.html'));
    expect(rows.map((row) => [row.threadId, row.subject])).toEqual(expected);
  });

  it('gives no rows while app.html shows a thread over the hidden list', () => {
    const doc = loadPage(SHARED_DIR, 'app.html');
    showRoute(doc, '#inbox/FMfcgzQZSZCFKGTRmGLQvkTZplKBzhhS');
    expect(readGmailListRows(doc)).toEqual([]);
  });
});

describe('readGmailListRows on the project fixtures', () => {
  const index = readIndex<FixtureIndex>(OWN_DIR);

  it.each(rowCases(index))('%s', (file, truth) => expectRows(OWN_DIR, file, truth));

  it.each(['thread-inline-reply.html', 'thread-missing-anchors.html'])('gives no rows on %s (no list)', (file) => {
    expect(readGmailListRows(loadPage(OWN_DIR, file))).toEqual([]);
  });
});
