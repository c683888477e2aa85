// Runs inside the extension's service worker (bundled by scripts/bench.mjs and evaluated there),
// so it measures Chromium's real IndexedDB in the extension origin, as the background uses it.
import Dexie from 'dexie';
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
  await Promise.all([db.cases.clear(), db.events.clear()]);
  const start = performance.now();
  const result = await seedDatabase(db, cases, eventsPerCase, now, mulberry32(42));
  db.close();
  return { ms: performance.now() - start, ...result };
}

export async function measure(now: number): Promise<Record<string, unknown>> {
  const db = new CasebookDb();
  await db.open();
  const total = await db.cases.count();
  const events = await db.events.count();
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
  const exportJson = await time(1, async () => JSON.stringify((await exportEverything(db, defaultSettings, now)).document).length);
  const exportCsv = await time(1, () => exportCasesCsv(db));
  // Logical size from a sample of stored rows (JSON bytes, index keys included): steadier than
  // the browser's estimate, which counts LevelDB logs not yet compacted after a bulk seed.
  const sampleCases = await db.cases.limit(1000).toArray();
  const sampleEvents = await db.events.where('[caseId+at]').between([String(sampleCases[0]?.id), Dexie.minKey], [String(sampleCases.at(-1)?.id), Dexie.maxKey]).toArray();
  const caseBytes = sampleCases.reduce((sum, row) => sum + JSON.stringify(row).length, 0) / sampleCases.length;
  const eventBytes = sampleEvents.reduce((sum, row) => sum + JSON.stringify(row).length, 0) / Math.max(1, sampleEvents.length);
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
    exportCasesCsvMs: exportCsv,
    caseRowBytes: Math.round(caseBytes),
    eventRowBytes: Math.round(eventBytes),
    logicalBytesPerCaseWithEvents: Math.round(caseBytes + (eventBytes * events) / total),
    storageBytes: estimate.usage ?? null,
    storageBytesPerCase: estimate.usage ? Math.round(estimate.usage / total) : null,
  };
}
