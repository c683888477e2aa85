import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseEvent, CaseEventType, SupportCase } from '../../lib/model/case';
import { defaultSettings } from '../../lib/model/settings';
import { responseDue } from '../../lib/core/calendar/business-deadline';
import { caseIdFor, newCase } from '../../lib/core/case/new-case';
import { toCaseRow } from '../../lib/db/case-row';
import { summaryRowOf } from '../../lib/db/report-summaries';
import { encodeTimeline } from '../../lib/db/timeline-row';
import { holidayChecker } from '../../lib/holidays/holidays';
import { launchWithExtension, root, saveSettings, type Browser } from './harness';
import './matchers';

// Hand-built cases over four weeks of summer 2026 in London (BST, UTC+1), Monday 31 August a
// bank holiday. Each comment gives the figure the Reports page must show for it.
const ALICE = 'alice@vendor.example';
const BOB = 'bob@vendor.example';
const PERIOD = '2026-08-17..2026-09-13';
const t = (local: string): number => Date.parse(`${local}+01:00`);

function seededCase(id: string, created: string, fields: Partial<SupportCase>, events: [CaseEventType, string, string | null][]): { case: SupportCase; events: CaseEvent[] } {
  const c: SupportCase = {
    ...newCase({
      id: caseIdFor('gmail', 'support@vendor.example', id), host: 'gmail', account: 'support@vendor.example', threadId: id, threadUrl: '', subject: `Case ${id}`,
      customer: { name: 'Kofi', email: 'kofi@customer.example', organisation: 'Customer' }, originator: 'customer', source: 'email', createdAt: t(created),
    }),
    ...fields,
  };
  const timeline = events.map(([type, at, to], index): CaseEvent => ({ id: `${id}-${index}`, caseId: c.id, at: t(at), actor: 'casebook', type, from: null, to, reason: 'seeded' }));
  return { case: { ...c, updatedAt: Math.max(c.createdAt, ...timeline.map((e) => e.at)) }, events: timeline };
}

const answered = (status: SupportCase['status']) => ({ status });
const seeded = [
  // Week of 17 Aug: Monday 10:00, answered 12:00: 2 business hours, in time.
  seededCase('a1', '2026-08-17T10:00:00', { ...answered('acknowledged'), owner: ALICE, category: 'defect' }, [['staff_reply', '2026-08-17T12:00:00', null]]),
  // Monday 09:00, answered Wednesday 10:00: 8.5 + 8.5 + 1 = 18 h; due Tuesday 17:30: missed.
  seededCase('d1', '2026-08-17T09:00:00', answered('acknowledged'), [['staff_reply', '2026-08-19T10:00:00', null]]),
  // Week of 24 Aug: Friday 16:30, answered Tuesday 10:00 after the bank holiday: 1 + 1 = 2 h; due Tuesday 17:30: in time.
  seededCase('b1', '2026-08-28T16:30:00', { ...answered('acknowledged'), owner: ALICE, category: 'defect' }, [['staff_reply', '2026-09-01T10:00:00', null]]),
  // Saturday noon (counts as Tuesday: Monday is the holiday), answered Wednesday 17:00: 8.5 + 8 = 16.5 h; due Wednesday 17:30: in time.
  seededCase('c1', '2026-08-29T12:00:00', { ...answered('acknowledged'), owner: BOB, category: 'question' }, [['staff_reply', '2026-09-02T17:00:00', null]]),
];
// Week of 7 Sep: Wednesday 10:00, never answered: due Thursday 17:30, missed, and overdue ever since.
const waiting = seededCase('f1', '2026-09-09T10:00:00', { owner: ALICE, category: 'defect' }, []);
const isHoliday = holidayChecker('GB-ENG');
seeded.push({ ...waiting, case: { ...waiting.case, awaitingSince: [waiting.case.createdAt], dueAt: responseDue(waiting.case.createdAt, defaultSettings.calendar, isHoliday) } });

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchWithExtension();
  await saveSettings(browser.worker, { team: [{ name: 'Alice Example', email: ALICE }, { name: 'Bob Example', email: BOB }] });
  // The page's worker opens (and so creates) the database with Casebook's own schema first.
  page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/reports.html#${PERIOD}`);
  await page.locator('[data-summary="firstResponse"]').waitFor({ timeout: 20_000 });
  const timelineRows = seeded.map((s) => encodeTimeline(s.case.id, s.events));
  const rows = { cases: seeded.map((s) => toCaseRow(s.case)), timelines: timelineRows, summaries: seeded.map((s, index) => ({ ...summaryRowOf(s.case, timelineRows[index]), seq: index + 1 })) };
  // Written straight into the extension's IndexedDB as stored rows, at the version Casebook made
  // (each case with its report summary, numbered as every write of a case stores it).
  await browser.worker.evaluate(async ({ cases, timelines, summaries }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('casebook');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['cases', 'timelines', 'reportSummaries'], 'readwrite');
    for (const row of cases) tx.objectStore('cases').put(row);
    for (const row of timelines) tx.objectStore('timelines').put(row);
    for (const row of summaries) tx.objectStore('reportSummaries').put(row);
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, rows);
  await page.reload();
});
afterAll(async () => browser?.close());

const summary = (chart: string) => page.locator(`[data-summary="${chart}"]`);
/** Polls a chart's summary line until it says `text` (the worker answers after the page shows). */
const says = (chart: string, text: string, timeout = 10_000) => expect.poll(() => summary(chart).innerText().catch(() => ''), { timeout }).toBe(text);

async function download(button: string): Promise<string> {
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  return readFileSync(await (await pending).path(), 'utf8');
}

async function axeViolations(): Promise<string[]> {
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (context: Document) => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
}

describe('Reports page over seeded timelines', () => {
  it('says the known figures in its summary lines', async () => {
    await says('firstResponse', 'First response: 4 cases answered, median 9.3 h, 90th percentile 17.6 h in business hours; 3 of 5 within the deadline (60%).', 20_000);
    await says('backlog', 'Backlog on 2026-09-13: 1 case needing a response, 1 overdue; highest 2 on 2026-08-29, most overdue on one day 1.');
    await says('categories', 'New cases: 5 in the period — defect 3, question 1, uncategorised 1.');
    await says('owners', `Owners: ${ALICE} 3 new, 1 waiting; ${BOB} 1 new, 0 waiting; unassigned 1 new, 0 waiting.`);
  });

  it('downloads the first-response CSV with the weekly figures', async () => {
    const csv = await download('Download CSV: First response time');
    expect(csv).toBe(
      '\uFEFFweek_from,answered,median_business_hours,p90_business_hours,within_deadline,missed_deadline,deadline_median_business_hours\r\n' +
        // A 2 h and D 18 h; allowed 16 and 17.
        '2026-08-17,2,10,16.4,1,1,16.5\r\n' +
        // B 2 h and C 16.5 h; allowed 9.5 and 17 (both over the bank holiday).
        '2026-08-24,2,9.25,15.05,2,0,13.25\r\n' +
        '2026-08-31,0,,,0,0,\r\n' +
        '2026-09-07,0,,,0,1,\r\n',
    );
  });

  it('filters by member, by keyboard', async () => {
    const member = page.getByRole('combobox', { name: 'Member' });
    await member.focus();
    await member.selectOption(ALICE);
    await says('firstResponse', 'First response: 2 cases answered, median 2.0 h, 90th percentile 2.0 h in business hours; 2 of 3 within the deadline (67%).');
    await member.selectOption('');
    await expect(summary('firstResponse')).toContainText('4 cases answered');
    // A period typed and submitted with the keyboard: only the week of 24 August.
    await page.getByLabel('From').fill('2026-08-24');
    await page.getByLabel('To').fill('2026-08-30');
    await page.getByLabel('To').press('Enter');
    await says('firstResponse', 'First response: 2 cases answered, median 9.3 h, 90th percentile 15.1 h in business hours; 2 of 2 within the deadline (100%).');
    // The numbers open from the keyboard.
    const numbers = page.locator('[data-chart="firstResponse"] summary');
    await numbers.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-chart="firstResponse"] table')).toBeVisible();
    await page.goto(`chrome-extension://${browser.extensionId}/reports.html#${PERIOD}`);
    await expect.poll(() => summary('firstResponse').innerText().catch(() => ''), { timeout: 20_000 }).toContain('4 cases answered');
  });

  it('is axe clean in the light and the dark theme; screenshot', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.waitForTimeout(300);
      expect(await axeViolations()).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
    // docs/reports.png is refreshed on request only (it changes with every run's timings).
    if (process.env.CASEBOOK_SCREENSHOTS) {
      await page.reload();
      await says('firstResponse', 'First response: 4 cases answered, median 9.3 h, 90th percentile 17.6 h in business hours; 3 of 5 within the deadline (60%).', 20_000);
      await page.waitForTimeout(500);
      await page.screenshot({ path: join(root, 'docs/reports.png'), fullPage: true });
    }
  });
});
