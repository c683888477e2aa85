import * as z from 'zod/mini';
import type { CaseSummary } from '../../core/reports/case-summary';
import { computeReportFromSummaries } from '../../core/reports/compute-report';
import { reportSince } from '../../core/reports/report-period';
import { CasebookDb } from '../../db/database';
import { loadReportSummaries, repackSummaries } from '../../db/report-summaries';
import { holidayChecker } from '../../holidays/holidays';
import { ReportAnswer, ReportRequest } from '../../model/report';

/**
 * The Reports page's worker: reads the case summaries a period needs straight from IndexedDB
 * (the extension's origin, like the page's own export; one range of the reportSummaries
 * activeUntil index) and computes the report off the page's main
 * thread, so a year over 50,000 cases never freezes the page. What it read is kept while the
 * page stays open: another period or member is computed again without reading, until the page
 * says cases changed (`generation`) or asks for an earlier start than was read.
 */

// Extension pages (and their workers) forbid eval: Zod must not compile validators.
z.config({ jitless: true });

interface Loaded {
  since: number;
  generation: number;
  summaries: CaseSummary[];
  problems: string[];
  repack: boolean;
}

const scope = self as unknown as { onmessage: ((event: MessageEvent) => void) | null; postMessage: (message: unknown) => void };
let db: CasebookDb | null = null;
let loaded: Loaded | null = null;
let latest: ReportRequest | null = null;
let running = false;

function answer(message: ReportAnswer): void {
  scope.postMessage(ReportAnswer.parse(message));
}

async function serve(request: ReportRequest): Promise<void> {
  const since = reportSince(request.period.from);
  const readStart = performance.now();
  if (!loaded || loaded.generation !== request.generation || loaded.since > since) {
    db ??= new CasebookDb();
    loaded = { since, generation: request.generation, ...(await loadReportSummaries(db, since)) };
  }
  const readMs = performance.now() - readStart;
  if (latest !== request) return; // a newer request came while reading: answer that one
  const computeStart = performance.now();
  const report = computeReportFromSummaries(loaded.summaries, {
    from: request.period.from,
    to: request.period.to,
    member: request.member,
    calendar: request.calendar,
    isHoliday: holidayChecker(request.calendar.holidayRegion),
    now: request.now,
  });
  answer({ id: request.id, ok: true, report, problems: loaded.problems.slice(0, 50), readMs, computeMs: performance.now() - computeStart });
  // Packs missing (first report, or a case was deleted) or far behind: made again once answered,
  // so the next report reads a few packs instead of a row per case.
  // Not awaited: a newer request is answered meanwhile; a failed repack only means the next read is slower.
  if (loaded.repack && db) {
    loaded.repack = false;
    void repackSummaries(db).catch(() => undefined);
  }
}

/** Serves the newest request only: periods picked in quick succession do not queue up. */
async function drain(): Promise<void> {
  if (running) return;
  running = true;
  try {
    while (latest) {
      const request = latest;
      try {
        await serve(request);
      } catch (error) {
        answer({ id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) });
      }
      if (latest === request) latest = null;
    }
  } finally {
    running = false;
  }
}

scope.onmessage = (event: MessageEvent): void => {
  const parsed = ReportRequest.safeParse(event.data);
  if (!parsed.success) {
    const id = typeof (event.data as { id?: unknown } | null)?.id === 'number' ? (event.data as { id: number }).id : -1;
    answer({ id: Number.isInteger(id) ? id : -1, ok: false, error: `Malformed report request: ${z.prettifyError(parsed.error)}` });
    return;
  }
  latest = parsed.data;
  void drain();
};
