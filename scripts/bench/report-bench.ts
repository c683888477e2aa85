// Runs inside the extension's service worker (bundled by scripts/bench/reports-bench.mjs): the
// Reports page's own work — read the period's cases from the real IndexedDB, compute — timed
// apart. The page does the same in its Web Worker.
import { addDays } from '../../lib/core/calendar/civil-date';
import { zonedDate } from '../../lib/core/calendar/zoned-time';
import { computeReport, computeReportFromSummaries } from '../../lib/core/reports/compute-report';
import { reportSince } from '../../lib/core/reports/report-period';
import { CasebookDb } from '../../lib/db/database';
import { loadReportInput } from '../../lib/db/report-cases';
import { loadReportSummaries, repackSummaries } from '../../lib/db/report-summaries';
import { mulberry32, seedDatabase } from '../../lib/db/seed';
import { holidayChecker } from '../../lib/holidays/holidays';
import { defaultSettings } from '../../lib/model/settings';


function stats(samples: number[]): { median: number; p95: number; runs: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => Math.round((sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN) * 10) / 10;
  return { median: at(0.5), p95: at(0.95), runs: samples.length };
}

export async function seed(cases: number, eventsPerCase: number, now: number): Promise<{ cases: number; events: number }> {
  const db = new CasebookDb();
  await db.open();
  await Promise.all([db.cases.clear(), db.timelines.clear(), db.reportSummaries.clear(), db.reportPacks.clear()]);
  const result = await seedDatabase(db, cases, eventsPerCase, now, mulberry32(42));
  db.close();
  return result;
}

/**
 * Read + compute for the last `days` days, `runs` times; what each part took and how much was
 * read. `from`: 'summaries' (what the page does since v5: packs and the summaries written since)
 * or 'cases' (whole cases and timelines, as before; measured beside it under the same load).
 */
export async function measure(now: number, days: number, runs: number, from: 'summaries' | 'cases' = 'summaries'): Promise<Record<string, unknown>> {
  const calendar = defaultSettings.calendar;
  const isHoliday = holidayChecker(calendar.holidayRegion);
  const to = zonedDate(now, calendar.timeZone);
  const start = addDays(to, -(days - 1));
  const since = reportSince(start);
  const read: number[] = [];
  const compute: number[] = [];
  const total: number[] = [];
  let casesRead = 0;
  let eventsRead = 0;
  let answered = 0;
  // Summaries: once without packs (one index range, as the first report after the upgrade or a
  // deletion reads), then the packs made (the page's worker does it after answering).
  const once: Record<string, number> = {};
  if (from === 'summaries') {
    const db = new CasebookDb();
    await db.open();
    await db.reportPacks.clear();
    let begin = performance.now();
    await loadReportSummaries(db, since);
    once.readWithoutPacksMs = Math.round(performance.now() - begin);
    begin = performance.now();
    await repackSummaries(db);
    once.repackMs = Math.round(performance.now() - begin);
    db.close();
  }
  for (let run = 0; run < runs; run += 1) {
    const db = new CasebookDb();
    await db.open();
    const begin = performance.now();
    const options = { from: start, to, member: null, calendar, isHoliday, now };
    let readEnd: number;
    let report;
    if (from === 'cases') {
      const { input } = await loadReportInput(db, since);
      readEnd = performance.now();
      report = computeReport(input, options);
      casesRead = input.length;
      eventsRead = input.reduce((sum, item) => sum + item.events.length, 0);
    } else {
      const { summaries } = await loadReportSummaries(db, since);
      readEnd = performance.now();
      report = computeReportFromSummaries(summaries, options);
      casesRead = summaries.length;
      eventsRead = 0;
    }
    const end = performance.now();
    db.close();
    read.push(readEnd - begin);
    compute.push(end - readEnd);
    total.push(end - begin);
    answered = report.firstResponse.overall.answered;
  }
  // With whole cases: the same tables read whole, once, under the same load (what reading costs here).
  const whole: number[] = [];
  if (from === 'cases') {
    const db = new CasebookDb();
    await db.open();
    const begin = performance.now();
    await db.cases.toArray();
    await db.timelines.toArray();
    whole.push(performance.now() - begin);
    db.close();
  }
  return { from, period: `${start}..${to}`, ...once, ...(from === 'cases' ? { referenceReadAllRowsMs: stats(whole) } : {}), casesRead, eventsRead, firstResponsesInReport: answered, readMs: stats(read), computeMs: stats(compute), totalMs: stats(total) };
}
