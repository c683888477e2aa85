import * as z from 'zod/mini';
import { computeReport, type ReportInput } from '../../core/reports/compute-report';
import { CasebookDb } from '../../db/database';
import { loadReportInput } from '../../db/report-cases';
import { holidayChecker } from '../../holidays/holidays';
import { ReportAnswer, ReportRequest } from '../../model/report';

/**
 * The Reports page's worker: reads the cases a period needs straight from IndexedDB (the
 * extension's origin, like the page's own export) and computes the report off the page's main
 * thread, so a year over 50,000 cases never freezes the page. What it read is kept while the
 * page stays open: another period or member is computed again without reading, until the page
 * says cases changed (`generation`) or asks for an earlier start than was read.
 */

// Extension pages (and their workers) forbid eval: Zod must not compile validators.
z.config({ jitless: true });

const DAY = 86_400_000;
/** A zone is at most 14 h from UTC: two days before the period's first date covers its start anywhere. */
const START_MARGIN = 2 * DAY;

interface Loaded {
  since: number;
  generation: number;
  input: ReportInput[];
  problems: string[];
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
  const since = Date.parse(`${request.period.from}T00:00:00Z`) - START_MARGIN;
  const readStart = performance.now();
  if (!loaded || loaded.generation !== request.generation || loaded.since > since) {
    db ??= new CasebookDb();
    loaded = { since, generation: request.generation, ...(await loadReportInput(db, since)) };
  }
  const readMs = performance.now() - readStart;
  if (latest !== request) return; // a newer request came while reading: answer that one
  const computeStart = performance.now();
  const report = computeReport(loaded.input, {
    from: request.period.from,
    to: request.period.to,
    member: request.member,
    calendar: request.calendar,
    isHoliday: holidayChecker(request.calendar.holidayRegion),
    now: request.now,
  });
  answer({ id: request.id, ok: true, report, problems: loaded.problems.slice(0, 50), readMs, computeMs: performance.now() - computeStart });
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
