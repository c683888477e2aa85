// Runs inside the extension's service worker (bundled by scripts/bench.mjs and evaluated there),
// so it measures Chromium's real IndexedDB in the extension origin, as the background uses it.
import { CasebookDb } from '../../lib/db/database';
import { countCases, findCase, saveCase } from '../../lib/db/cases-repository';
import { listCasesPage } from '../../lib/db/dashboard-page';
import { exportCasesCsv, exportEverything } from '../../lib/db/export-import';
import { mulberry32, seedDatabase } from '../../lib/db/seed';
import { defaultSettings } from '../../lib/model/settings';

export interface Timings {
  median: number;
  p95: number;
  runs: number;
}

function stats(samples: number[]): Timings {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { median: at(0.5), p95: at(0.95), runs: samples.length };
}

async function time(runs: number, body: (i: number) => Promise<unknown>): Promise<Timings> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await body(i);
    samples.push(performance.now() - start);
  }
  return stats(samples);
}

export async function seed(cases: number, eventsPerCase: number, now: number): Promise<{ ms: number; cases: number; events: number }> {
  const db = new CasebookDb();
  await db.open();
  await Promise.all([db.cases.clear(), db.timelines.clear(), db.reportSummaries.clear(), db.reportPacks.clear()]);
  const start = performance.now();
  const result = await seedDatabase(db, cases, eventsPerCase, now, mulberry32(42));
  db.close();
  return { ms: performance.now() - start, ...result };
}

export async function measure(now: number): Promise<Record<string, unknown>> {
  const db = new CasebookDb();
  await db.open();
  const total = await db.cases.count();
  const timelines = await db.timelines.count();
  // As the dashboard asks: the first page at once, the total in a second request.
  const needsResponse = { filter: 'needs_response' as const, search: '', now, me: '', limit: 50, offset: 0 };
  const firstPage = await time(30, () => listCasesPage(db, needsResponse, { total: false }));
  const pageTotal = await time(5, () => listCasesPage(db, { ...needsResponse, limit: 0 }));
  const searchPage = await time(10, () => listCasesPage(db, { filter: 'all', search: 'ldap', now, me: '', limit: 50, offset: 0 }));
  const counts = await time(5, () => countCases(db, now));
  const sample = await db.cases.limit(300).primaryKeys();
  const upsert = await time(200, async (i) => {
    const stored = await findCase(db, String(sample[i % sample.length]));
    if (!stored) throw new Error('seeded case missing');
    const at = now + i;
    const next = { ...stored.case, notes: `bench ${i}`, updatedAt: at };
    const event = { id: `bench-${i}`, caseId: next.id, at, actor: 'bench', type: 'note_changed' as const, from: null, to: null, reason: 'bench' };
    await saveCase(db, next, stored.case, [event]);
  });
  const exportJson = await time(3, async () => JSON.stringify((await exportEverything(db, defaultSettings, now)).document).length);
  // Where the backup's time goes: reading each table, then checking and building, then the JSON text.
  const readCases = await time(1, () => db.cases.toArray());
  const readTimelines = await time(1, () => db.timelines.toArray());
  let exported: unknown = null;
  const exportDocument = await time(1, async () => (exported = (await exportEverything(db, defaultSettings, now)).document));
  const stringify = await time(1, async () => JSON.stringify(exported).length);
  exported = null;
  const exportCsv = await time(1, () => exportCasesCsv(db));
  // Logical size from a sample of stored rows (JSON bytes, index keys included): steadier than
  // the browser's estimate, which counts LevelDB logs not yet compacted after a bulk seed. The
  // bytes on disk are summed by bench.mjs from the profile once Chromium has closed.
  const sampleCases = await db.cases.limit(1000).toArray();
  const sampleTimelines = (await db.timelines.bulkGet(sampleCases.map((row) => row.id))).filter((row) => row !== undefined);
  const jsonBytes = (rows: readonly unknown[]): number => rows.reduce<number>((sum, row) => sum + new TextEncoder().encode(JSON.stringify(row)).length, 0);
  const caseBytes = jsonBytes(sampleCases) / sampleCases.length;
  const timelineBytes = jsonBytes(sampleTimelines) / Math.max(1, sampleTimelines.length);
  const sampleEvents = sampleTimelines.reduce((sum, row) => sum + row.events.length, 0);
  const events = (await db.timelines.toArray()).reduce((sum, row) => sum + row.events.length, 0);
  const estimate = await navigator.storage.estimate();
  db.close();
  return {
    cases: total,
    events,
    dashboardFirstPageMs: firstPage,
    dashboardTotalMs: pageTotal,
    dashboardSearchMs: searchPage,
    countsMs: counts,
    upsertWithEventMs: upsert,
    exportAllJsonMs: exportJson,
    exportJsonPartsMs: { readCases: readCases.median, readTimelines: readTimelines.median, exportEverything: exportDocument.median, stringify: stringify.median },
    exportCasesCsvMs: exportCsv,
    timelines,
    caseRowBytes: Math.round(caseBytes),
    timelineRowBytes: Math.round(timelineBytes),
    bytesPerEventInTimeline: Math.round(timelineBytes / Math.max(1, sampleEvents / Math.max(1, sampleTimelines.length))),
    logicalBytesPerCaseWithEvents: Math.round(caseBytes + (timelineBytes * timelines) / total),
    storageEstimateBytes: estimate.usage ?? null,
    storageEstimateBytesPerCase: estimate.usage ? Math.round(estimate.usage / total) : null,
  };
}
