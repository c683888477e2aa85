import * as Y from 'yjs';
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseEvent, SupportCase } from '../model/case';
import { defaultSettings } from '../model/settings';
import { settings } from '../core/case/test-support';
import { caseIdFor, newCase } from '../core/case/new-case';
import { caseSummary, OPEN_ENDED } from '../core/reports/case-summary';
import { computeReport, computeReportFromSummaries } from '../core/reports/compute-report';
import { reportSince } from '../core/reports/report-period';
import { at, GENERATED_HOLIDAYS, generatedInputs } from '../core/reports/test-cases';
import { validateTracBaseUrl } from '../core/trac/ticket-page';
import { readCase, writeCase } from '../team/case-doc';
import { parseCaseRows } from './case-row';
import { linkPhoneCaseToThread, loadEvents, saveCase } from './cases-repository';
import type { CasebookDb } from './database';
import { exportEverything, importEverything } from './export-import';
import { reportedEvents } from './report-cases';
import { decodeSummary, encodeSummary, loadReportSummaries, packWhenMissing, repackSummaries, summariseAllCases, summaryRowOf, type ReportSummaryRow, type UnnumberedSummaryRow } from './report-summaries';
import { mulberry32, seedDatabase } from './seed';
import { rekeyCase, saveSharedCase } from './shared-cases';
import { openTestDb } from './test-db';

beforeAll(() => z.config(en()));
const unnumbered = ({ seq: _seq, ...row }: ReportSummaryRow): UnnumberedSummaryRow => row;
const checks = { tracBaseUrl: validateTracBaseUrl, isKnownRegion: (region: string) => region === 'GB-ENG' };
const now = at('2026-12-30T15:00:00Z');

/** Every case has the summary of its row and timeline as stored, and no summary is left without its case. */
async function expectInStep(db: CasebookDb): Promise<void> {
  const { rows: cases } = parseCaseRows(await db.cases.toArray());
  const timelines = await db.timelines.bulkGet(cases.map((c) => c.id));
  const expected = cases.map((c, index) => summaryRowOf(c, timelines[index])).sort((a, b) => (a.id < b.id ? -1 : 1));
  expect((await db.reportSummaries.toArray()).map(unnumbered)).toEqual(expected);
}

function supportCase(id: string, createdAt: number, fields: Partial<SupportCase> = {}): SupportCase {
  const c = newCase({
    id: caseIdFor('gmail', 'support@vendor.example', id), host: 'gmail', account: 'support@vendor.example', threadId: id, threadUrl: '', subject: `Case ${id}`,
    customer: { name: 'Kofi', email: 'kofi@customer.example', organisation: 'Customer' }, originator: 'customer', source: 'email', createdAt,
  });
  return { ...c, ...fields };
}

let eventCount = 0;
const caseEvent = (caseId: string, type: CaseEvent['type'], when: string, to: string | null = null): CaseEvent => ({
  id: `e${(eventCount += 1)}`, caseId, at: at(when), actor: 'casebook', type, from: null, to, reason: '',
});

describe('summary rows', () => {
  it('round-trip every shape of summary, and a row that is not one reads as null', () => {
    for (const item of generatedInputs(300, mulberry32(3), now)) {
      const summary = caseSummary(item.case, item.events);
      expect(decodeSummary(structuredClone(encodeSummary(summary)))).toEqual(summary);
    }
    const good = encodeSummary(caseSummary(generatedInputs(1, mulberry32(4), now)[0]!.case, []));
    for (const bad of [null, 'text', { ...good, id: 7 }, { ...good, waits: [1, 2] }, { ...good, waits: [1, null, 0] }, { ...good, waits: [1, 2, 9] }, { ...good, developer: ['x', null] }, { ...good, reopenedAt: [Infinity] }]) {
      expect(decodeSummary(bad)).toBeNull();
    }
  });
});

describe('every write of a case keeps its summary in step', () => {
  it('saveCase: a new case, a reply, closing without an event, and a phone case linked to its thread', async () => {
    const db = openTestDb();
    const created = supportCase('t1', at('2026-12-04T16:30:00Z'), { awaitingSince: [at('2026-12-04T16:30:00Z')] });
    let saved = await saveCase(db, created, null, [caseEvent(created.id, 'created', '2026-12-04T16:30:00Z', 'new')]);
    expect((await db.reportSummaries.get(created.id))?.activeUntil).toBe(OPEN_ENDED);
    saved = await saveCase(db, { ...saved, status: 'acknowledged', awaitingSince: [], updatedAt: at('2026-12-07T10:00:00Z') }, saved, [caseEvent(created.id, 'staff_reply', '2026-12-07T10:00:00Z')]);
    expect(await db.reportSummaries.get(created.id)).toMatchObject({ activeUntil: at('2026-12-07T10:00:00Z'), waits: [at('2026-12-04T16:30:00Z'), at('2026-12-07T10:00:00Z'), 0] });
    // No event added, but the owner and status change what a report reads.
    await saveCase(db, { ...saved, owner: 'alice@vendor.example', status: 'waiting_developer', updatedAt: at('2026-12-08T09:00:00Z') }, saved, []);
    expect(await db.reportSummaries.get(created.id)).toMatchObject({ owner: 'alice@vendor.example' });
    await expectInStep(db);

    const phone = { ...supportCase('p1', at('2026-12-09T10:00:00Z'), { awaitingSince: [at('2026-12-09T10:00:00Z')] }), id: 'phone:1', host: null, account: '', threadId: null, source: 'phone' as const };
    await saveCase(db, phone, null, [caseEvent('phone:1', 'created', '2026-12-09T10:00:00Z', 'new')]);
    const thread = supportCase('t2', at('2026-12-09T10:00:00Z'), { awaitingSince: [at('2026-12-09T10:00:00Z')] });
    await linkPhoneCaseToThread(db, 'phone:1', thread, null, [caseEvent(thread.id, 'staff_reply', '2026-12-09T11:00:00Z')]);
    expect(await db.reportSummaries.get('phone:1')).toBeUndefined();
    await expectInStep(db);
  });

  it('the team: a case projected from its Yjs document, a colleague’s change to it, and a local case re-keyed to the team’s key', async () => {
    const db = openTestDb();
    const key = 'conv-Ab3dE5gH7jK';
    const mine = supportCase('t3', at('2026-12-14T10:00:00Z'), { awaitingSince: [at('2026-12-14T10:00:00Z')] });
    await saveCase(db, mine, null, [caseEvent(mine.id, 'created', '2026-12-14T10:00:00Z', 'new')]);
    // Joining: the local case moves to the team's key (TeamSync.adopt).
    await rekeyCase(db, mine.id, { ...mine, id: key }, (await loadEvents(db, mine.id)).map((event) => ({ ...event, caseId: key })));
    expect(await db.reportSummaries.get(mine.id)).toBeUndefined();
    expect((await db.reportSummaries.get(key))?.activeUntil).toBe(OPEN_ENDED);
    await expectInStep(db);

    // A colleague answers and closes the case in the shared document; this browser projects it (TeamSync.#project).
    const theirs = new Y.Doc();
    const shared = { ...mine, id: key };
    writeCase(theirs, shared, [caseEvent(key, 'created', '2026-12-14T10:00:00Z', 'new')], 'colleague');
    writeCase(theirs, { ...shared, status: 'closed', owner: 'bob@vendor.example', awaitingSince: [], updatedAt: at('2026-12-14T12:00:00Z') }, [caseEvent(key, 'staff_reply', '2026-12-14T11:00:00Z'), caseEvent(key, 'status_changed', '2026-12-14T12:00:00Z', 'closed')], 'colleague');
    const here = new Y.Doc();
    Y.applyUpdate(here, Y.encodeStateAsUpdate(theirs));
    const read = readCase(here)!;
    expect(await saveSharedCase(db, { ...read.case, id: key }, read.events)).not.toBeNull();
    expect(await db.reportSummaries.get(key)).toMatchObject({ owner: 'bob@vendor.example', activeUntil: at('2026-12-14T11:00:00Z') }); // answered at 11:00, closed after
    await expectInStep(db);
  });

  it('imports: merge adds the summaries of the cases it adds; replace keeps only the file’s', async () => {
    const source = openTestDb();
    await seedDatabase(source, 30, 5, now, mulberry32(11));
    await expectInStep(source);
    const { document } = await exportEverything(source, settings, now);

    const target = openTestDb();
    await seedDatabase(target, 10, 3, now, mulberry32(12));
    expect((await importEverything(target, JSON.stringify(document), checks, 'merge')).ok).toBe(true);
    expect(await target.reportSummaries.count()).toBe(40);
    await expectInStep(target);
    expect((await importEverything(target, JSON.stringify(document), checks, 'replace')).ok).toBe(true);
    expect(await target.reportSummaries.count()).toBe(30);
    await expectInStep(target);
    expect((await target.reportSummaries.toArray()).map(unnumbered)).toEqual((await source.reportSummaries.toArray()).map(unnumbered));
  });

  it('summariseAllCases rebuilds every summary across chunk boundaries', async () => {
    const db = openTestDb();
    await seedDatabase(db, 40, 4, now, mulberry32(13));
    const before = await db.reportSummaries.toArray();
    await db.reportSummaries.clear();
    expect(await summariseAllCases(db.cases, db.timelines, db.reportSummaries, 7)).toBe(40);
    expect((await db.reportSummaries.toArray()).map(unnumbered)).toEqual(before.map(unnumbered));
  });
});

describe('loadReportSummaries', () => {
  it('reads one index range, and a row that does not fit is reported, not dropped silently', async () => {
    const db = openTestDb();
    await seedDatabase(db, 200, 6, now, mulberry32(14));
    const since = reportSince('2026-12-03');
    await db.reportSummaries.put({ id: 'gmail:x:odd', activeUntil: OPEN_ENDED, createdAt: 'then' } as never);
    const { summaries, problems } = await loadReportSummaries(db, since);
    const expected = (await db.reportSummaries.toArray()).filter((row) => row.activeUntil >= since && row.id !== 'gmail:x:odd').map((row) => row.id);
    expect(summaries.map((s) => s.id).sort()).toEqual(expected.sort());
    expect(expected.length).toBeLessThan(200);
    expect(problems).toEqual(['reportSummaries "gmail:x:odd": not a case summary']);
  });

  it('packWhenMissing packs once after an upgrade or a re-keying, and does nothing when packs exist or there is nothing', async () => {
    const db = openTestDb();
    expect(await packWhenMissing(db)).toBe(false);
    await seedDatabase(db, 120, 6, now, mulberry32(17));
    const since = reportSince('2026-12-03');
    expect((await loadReportSummaries(db, since)).repack).toBe(true);
    expect(await packWhenMissing(db)).toBe(true);
    expect((await loadReportSummaries(db, since)).repack).toBe(false);
    expect(await packWhenMissing(db)).toBe(false);
    const { rows: cases } = parseCaseRows(await db.cases.toArray());
    await rekeyCase(db, cases[0]!.id, { ...cases[0]!, id: 'conv-Yy3dE5gH7jK' }, []);
    expect(await packWhenMissing(db)).toBe(true);
    expect((await loadReportSummaries(db, since)).repack).toBe(false);
  });

  it('with packs: the packs and the summaries written since (changed, added) read as the rows do; a deletion drops the packs', async () => {
    const db = openTestDb();
    await seedDatabase(db, 300, 6, now, mulberry32(16));
    const since = reportSince('2026-12-03');
    const byRows = async () => (await db.reportSummaries.where('activeUntil').aboveOrEqual(since).toArray()).map((row) => decodeSummary(row)).sort((a, b) => (a!.id < b!.id ? -1 : 1));
    const read = async () => {
      const loaded = await loadReportSummaries(db, since);
      return { ...loaded, summaries: loaded.summaries.sort((a, b) => (a.id < b.id ? -1 : 1)) };
    };
    expect((await read()).repack).toBe(true); // no packs yet: one index range
    await repackSummaries(db, 40);
    expect(await db.reportPacks.count()).toBe(9); // 8 packs of up to 40 and the bookkeeping row
    expect(await read()).toEqual({ summaries: await byRows(), problems: [], repack: false });
    // The packs that end before the period are not read.
    const state = await db.reportPacks.get(-1);
    expect((state as { until: number[] }).until.filter((until) => until < since).length).toBeGreaterThan(2);

    // Written after the packs: a waiting case answered (it leaves the range), an old one re-opened, a new one.
    const cases = parseCaseRows(await db.cases.toArray()).rows;
    const waiting = cases.find((c) => c.awaitingSince.length > 0)!;
    await saveCase(db, { ...waiting, awaitingSince: [], status: 'acknowledged', updatedAt: at('2026-11-02T10:00:00Z') }, waiting, [caseEvent(waiting.id, 'staff_reply', '2026-11-02T10:00:00Z')]);
    const old = cases.find((c) => c.awaitingSince.length === 0 && c.status === 'closed' && c.updatedAt < since)!;
    await saveCase(db, { ...old, status: 'in_progress', awaitingSince: [at('2026-12-29T10:00:00Z')], updatedAt: at('2026-12-29T10:00:00Z') }, old, [caseEvent(old.id, 'customer_message', '2026-12-29T10:00:00Z'), caseEvent(old.id, 'reopened', '2026-12-29T10:00:00Z', 'in_progress')]);
    const added = supportCase('new1', at('2026-12-28T10:00:00Z'), { awaitingSince: [at('2026-12-28T10:00:00Z')] });
    await saveCase(db, added, null, []);
    const afterWrites = await read();
    expect(afterWrites).toEqual({ summaries: await byRows(), problems: [], repack: false });
    expect(afterWrites.summaries.map((s) => s.id)).toEqual(expect.arrayContaining([old.id, added.id]));
    expect(afterWrites.summaries.map((s) => s.id)).not.toContain(waiting.id);

    // A case re-keyed (its old id deleted): the packs go, the rows answer until they are made again.
    await rekeyCase(db, old.id, { ...old, id: 'conv-Zz3dE5gH7jK' }, []);
    const afterDelete = await read();
    expect(afterDelete).toEqual({ summaries: await byRows(), problems: [], repack: true });
    expect(afterDelete.summaries.map((s) => s.id)).not.toContain(old.id);
    await repackSummaries(db, 40);
    expect(await read()).toEqual({ summaries: await byRows(), problems: [], repack: false });
  });

  it('stored and read back, the summaries give the same report as the whole cases and timelines (generated, with week-ends and holidays)', async () => {
    const db = openTestDb();
    const inputs = generatedInputs(600, mulberry32(15), now);
    for (const { case: reported, events } of inputs) {
      const c = supportCase(reported.id, reported.createdAt, { ...reported, id: caseIdFor('gmail', 'support@vendor.example', reported.id) });
      await saveCase(db, c, null, events.map((e, index) => ({ ...e, id: `${reported.id}-${index}`, caseId: c.id, actor: 'casebook', reason: '' })));
    }
    await expectInStep(db);
    // The reference: every case and its whole timeline, read back from the database.
    const { rows: cases } = parseCaseRows(await db.cases.toArray());
    const timelines = await db.timelines.bulkGet(cases.map((c) => c.id));
    const whole = cases.map((c, index) => ({ case: c, events: reportedEvents(c.id, timelines[index], []) }));
    const base = { calendar: defaultSettings.calendar, isHoliday: (date: string) => GENERATED_HOLIDAYS.has(date), now, member: null };
    for (const options of [
      { ...base, from: '2026-12-03', to: '2026-12-30' },
      { ...base, from: '2025-12-31', to: '2026-12-30' },
      { ...base, from: '2026-03-02', to: '2026-05-31', member: 'alice@vendor.example' },
    ]) {
      const { summaries, problems } = await loadReportSummaries(db, reportSince(options.from));
      expect(problems).toEqual([]);
      const report = computeReportFromSummaries(summaries, options);
      expect(report).toEqual(computeReport(whole, options));
      expect(report.firstResponse.overall.answered).toBeGreaterThan(10);
      // ...and from the packs.
      await repackSummaries(db, 50);
      const packed = await loadReportSummaries(db, reportSince(options.from));
      expect(packed.repack).toBe(false);
      expect(computeReportFromSummaries(packed.summaries, options)).toEqual(report);
      await db.reportPacks.clear();
    }
  });
});
