import { caseHistory, type CaseHistory, type ReportedCase, type ReportedEvent } from './case-history';

/**
 * Everything a report reads of one case, kept beside the case and rewritten whenever it is saved,
 * so a report reads one small row per case instead of the case and its whole timeline.
 *
 * Deadlines are not in it: they depend on the business hours and holidays in the options, which
 * can change after the case was saved; the report derives them from each wait's start.
 */
export interface CaseSummary {
  id: string;
  createdAt: number;
  owner: string | null;
  category: string | null;
  /** The case's waits for a response, re-openings and waits on a developer (caseHistory). */
  history: CaseHistory;
  /**
   * The last moment at which this case can count in a report: its latest wait, re-opening or
   * developer span (or its creation), and OPEN_ENDED while a wait or a developer span lasts. A
   * report of a period starting after it has nothing from this case, so the period's summaries
   * are one index range (activeUntil ≥ the period's start).
   */
  activeUntil: number;
}

/** activeUntil of a case still waiting (for a response or on a developer): beyond any date. */
export const OPEN_ENDED = 2 ** 53;

/** The case's summary: its history replayed from the timeline (oldest first), and when it last counts. */
export function caseSummary(c: ReportedCase, events: readonly ReportedEvent[]): CaseSummary {
  const history = caseHistory(c, events);
  return { id: c.id, createdAt: c.createdAt, owner: c.owner, category: c.category, history, activeUntil: activeUntil(c.createdAt, history) };
}

function activeUntil(createdAt: number, history: CaseHistory): number {
  let last = createdAt;
  for (const wait of history.waits) {
    if (wait.end === null) return OPEN_ENDED;
    last = Math.max(last, wait.start, wait.end);
  }
  for (const span of history.developerSpans) {
    if (span.end === null) return OPEN_ENDED;
    last = Math.max(last, span.start, span.end);
  }
  for (const at of history.reopenedAt) last = Math.max(last, at);
  return last;
}

/** The first moment this case counts in a report: its creation, or an earlier wait, re-opening or span (a timeline older than the case). */
export function activeFrom(summary: CaseSummary): number {
  let first = summary.createdAt;
  for (const wait of summary.history.waits) first = Math.min(first, wait.start);
  for (const at of summary.history.reopenedAt) first = Math.min(first, at);
  for (const span of summary.history.developerSpans) first = Math.min(first, span.start);
  return first;
}
