// The Reports page's budgets (issue #18): 50,000 cases and 500,000 events, the report for 4 weeks
// ≤ 300 ms and for a year ≤ 2 s, without blocking the page. Two views:
//  - the work itself (read the period's cases from IndexedDB + compute), in the extension's
//    service worker: the same functions the page's Web Worker runs;
//  - the page: reports.html opened in a tab, time until every summary line shows the period,
//    and the page's long tasks (> 50 ms) meanwhile — the work runs in the worker, not here.
// Called by scripts/bench.mjs over its seeded database; alone: node scripts/bench/reports-bench.mjs [--cases 50000] [--compare-cases]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '../..');

async function bundleInto(worker) {
  const bundle = await build({ entryPoints: [join(root, 'scripts/bench/report-bench.ts')], bundle: true, format: 'iife', globalName: 'casebookReportBench', write: false, platform: 'browser', target: 'es2022' });
  await worker.evaluate(`${bundle.outputFiles[0].text}\nglobalThis.casebookReportBench = casebookReportBench;`);
}

const stats = (samples) => {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q) => Math.round(s[Math.min(s.length - 1, Math.floor(q * s.length))] * 10) / 10;
  return { median: at(0.5), p95: at(0.95), runs: s.length };
};

/** Opens reports.html on the last `days` days `runs` times: ms until the summaries show, and long tasks on the page meanwhile. */
async function pageTimes(context, extensionId, days, runs) {
  const shown = [];
  const longTasks = [];
  for (let run = 0; run < runs; run += 1) {
    const page = await context.newPage();
    await page.addInitScript(() => {
      globalThis.__long = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => globalThis.__long.push(e.duration))).observe({ type: 'longtask', buffered: true });
    });
    const today = new Date().toISOString().slice(0, 10);
    const from = new Date(Date.parse(today) - (days - 1) * 86_400_000).toISOString().slice(0, 10);
    await page.goto(`chrome-extension://${extensionId}/reports.html#${from}..${today}`);
    await page.waitForFunction((period) => globalThis.document.querySelector('[role="status"]')?.textContent?.startsWith(period), `${from} to ${today}`, { timeout: 60_000, polling: 20 });
    const t = await page.evaluate(() => ({ at: performance.now(), long: globalThis.__long }));
    shown.push(t.at);
    longTasks.push(...t.long);
    await page.close();
  }
  return { openToSummariesMs: stats(shown), longTasksOver50ms: longTasks.length, longestTaskMs: longTasks.length ? Math.round(Math.max(...longTasks)) : null };
}

/**
 * Measures over the database the caller seeded (50,000 cases in scripts/bench.mjs). With
 * `compareCases`, the same reports from whole cases and timelines (the way before v5's summaries)
 * are measured right after, under the same load.
 */
export async function benchReports({ context, worker, now, compareCases = false }) {
  await bundleInto(worker);
  const extensionId = new URL(worker.url()).host;
  return {
    work: {
      fourWeeks: await worker.evaluate(([t]) => globalThis.casebookReportBench.measure(t, 28, 10), [now]),
      year: await worker.evaluate(([t]) => globalThis.casebookReportBench.measure(t, 365, 5), [now]),
      ...(compareCases
        ? {
            fromWholeCases: {
              fourWeeks: await worker.evaluate(([t]) => globalThis.casebookReportBench.measure(t, 28, 3, 'cases'), [now]),
              year: await worker.evaluate(([t]) => globalThis.casebookReportBench.measure(t, 365, 2, 'cases'), [now]),
            },
          }
        : {}),
    },
    page: {
      fourWeeks: await pageTimes(context, extensionId, 28, 5),
      year: await pageTimes(context, extensionId, 365, 3),
    },
    budgets: { fourWeeks: '≤ 300 ms', year: '≤ 2 s', page: 'no long task: the work runs in a Web Worker' },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { chromium } = await import('playwright-core');
  const arg = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
  const extension = join(root, '.output/chrome-mv3');
  const profile = mkdtempSync(join(tmpdir(), 'casebook-reports-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await bundleInto(worker);
    const now = Date.now();
    const seeded = await worker.evaluate(([n, e, t]) => globalThis.casebookReportBench.seed(n, e, t), [Number(arg('--cases', '50000')), Number(arg('--events-per-case', '10')), now]);
    const result = await benchReports({ context, worker, now, compareCases: process.argv.includes('--compare-cases') });
    console.log(JSON.stringify({ machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`, seeded, ...result }, null, 2));
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
