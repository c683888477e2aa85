import type { BusinessCalendar } from '../../model/settings';
import type { Report } from '../../model/report';
import type { HolidayLookup } from '../calendar/business-time';
import { addDays, type IsoDate } from '../calendar/civil-date';
import { zonedDate } from '../calendar/zoned-time';
import { BusinessClock } from './business-clock';
import type { ReportedCase, ReportedEvent } from './case-history';
import { activeFrom, caseSummary, type CaseSummary } from './case-summary';
import { quantile } from './percentile';
import { daysBetween, reportSince, weekStarts } from './report-period';

export interface ReportInput {
  case: ReportedCase;
  events: readonly ReportedEvent[];
}

export interface ReportOptions {
  from: IsoDate;
  /** Last day of the period, included. */
  to: IsoDate;
  /** Only cases this team member owns; null for everyone's. */
  member: string | null;
  calendar: BusinessCalendar;
  isHoliday: HolidayLookup;
  now: number;
}

const HOUR = 3_600_000;
const DAY = 86_400_000;
/** The day table reaches this far before the period for old waits still open in it; older ones use the slow rules. */
const MAX_TABLE_DAYS_BEFORE = 5 * 366;
/** ...and after the period, so the deadline of its last arrivals (holidays included) is in the table. */
const TABLE_DAYS_AFTER = 21;

const hours = (ms: number | null): number | null => (ms === null ? null : Math.round((ms / HOUR) * 100) / 100);
const days = (ms: number | null): number | null => (ms === null ? null : Math.round((ms / DAY) * 100) / 100);

/** First index in ascending `values` with a value ≥ `x` (strict: > x). */
function lowerBound(values: readonly number[], x: number, strict = false): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (strict ? values[middle]! <= x : values[middle]! < x) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The report from whole cases and their timelines: each is summarised first (caseSummary), as when it is saved. */
export function computeReport(input: readonly ReportInput[], options: ReportOptions): Report {
  return computeReportFromSummaries(
    input.map((item) => caseSummary(item.case, item.events)),
    options,
  );
}

/**
 * The support desk's figures for a period, from the cases' summaries (see caseHistory for how a
 * timeline becomes waits). Pure: the clock (`now`), the calendar and its holidays are
 * arguments. Linear in events, plus a binary search per wait and per day.
 *
 * - First response: cases whose first message arrived in the week, business hours to the first
 *   response (median, p90), and how many met the same-or-next-business-day deadline (a case
 *   still unanswered past its deadline counts as missed; one not yet due is not counted).
 * - Backlog: at the end of each day (or now, today), cases waiting for a response and those
 *   of them past the deadline.
 * - Categories: cases created in the week by their category (the classifier's, as corrected).
 * - Re-opened: customer messages that re-opened a waiting or closed case, and how many cases.
 * - Waiting on a developer: waits that ended in the week (median length in days) and cases
 *   still waiting at the week's end.
 * - Owners: cases created in the period, waiting at its end, median first response.
 *
 * The cases counted (`cases`, and the owners offered as `members`) are those active between
 * reportSince(from) and the period's end (activeUntil, activeFrom): the figures do not depend on
 * how many other summaries the caller passes, so a reader may pass a superset (an earlier start).
 */
export function computeReportFromSummaries(summaries: readonly CaseSummary[], options: ReportOptions): Report {
  const { from, to, now } = options;
  const member = options.member?.trim().toLowerCase() || null;
  const today = zonedDate(now, options.calendar.timeZone);
  const since = reportSince(from);
  const candidates: CaseSummary[] = [];
  let earliest = Number.POSITIVE_INFINITY;
  for (const summary of summaries) {
    if (summary.activeUntil < since) continue;
    candidates.push(summary);
    if (member !== null && (summary.owner?.toLowerCase() ?? null) !== member) continue;
    // Only waits reaching into the period need the calendar (a deadline, business hours).
    for (const wait of summary.history.waits) if (wait.start < earliest && (wait.end === null || wait.end >= since)) earliest = wait.start;
  }

  const tableFrom = addDays(from, -MAX_TABLE_DAYS_BEFORE);
  const earliestDate = Number.isFinite(earliest) ? zonedDate(earliest, options.calendar.timeZone) : from;
  const first = earliestDate < tableFrom ? tableFrom : earliestDate < from ? addDays(earliestDate, -1) : addDays(from, -1);
  const last = addDays(to > today ? to : today, TABLE_DAYS_AFTER);
  const clock = new BusinessClock(options.calendar, options.isHoliday, first, last);

  const periodFirstDay = clock.dates.indexOf(from);
  const periodStart = clock.starts[periodFirstDay]!;
  const periodEnd = Math.min(clock.starts[periodFirstDay + daysBetween(from, to) + 1]!, now);
  const weeks = weekStarts(from, to);
  const weekOf = (t: number): number => {
    if (t < periodStart || t >= periodEnd) return -1;
    return Math.floor((clock.dayOf(t) - periodFirstDay) / 7);
  };
  const members = new Set<string>();
  const traced: CaseSummary[] = [];
  for (const summary of candidates) {
    if (activeFrom(summary) >= periodEnd) continue;
    const owner = summary.owner?.toLowerCase() ?? null;
    if (owner) members.add(owner);
    if (member === null || owner === member) traced.push(summary);
  }
  const weekEnd = (index: number): number => Math.min(clock.starts[Math.min(periodFirstDay + (index + 1) * 7, periodFirstDay + daysBetween(from, to) + 1)]!, now);

  // First responses, by the week the case's first message arrived.
  const responseMs = weeks.map((): number[] => []);
  const allowedMs = weeks.map((): number[] => []);
  const within = new Array<number>(weeks.length).fill(0);
  const missed = new Array<number>(weeks.length).fill(0);
  const ownerResponses = new Map<string | null, number[]>();
  for (const { owner, history } of traced) {
    const firstWait = history.waits[0];
    if (!firstWait) continue;
    const week = weekOf(firstWait.start);
    if (week < 0) continue;
    const due = clock.dueAt(firstWait.start);
    if (firstWait.endedBy === 'response' && firstWait.end !== null) {
      const taken = clock.businessMs(firstWait.start, firstWait.end);
      responseMs[week]!.push(taken);
      allowedMs[week]!.push(clock.businessMs(firstWait.start, due));
      const list = ownerResponses.get(owner) ?? [];
      list.push(taken);
      ownerResponses.set(owner, list);
      if (firstWait.end <= due) within[week]! += 1;
      else missed[week]! += 1;
    } else if (firstWait.end === null && due < now) {
      missed[week]! += 1;
    }
  }
  const allResponses = responseMs.flat();

  // Backlog: waits open at each day's end (today: now), with a difference array over the days.
  const sampleDates: IsoDate[] = [];
  const samples: number[] = [];
  for (let day = periodFirstDay; day <= periodFirstDay + daysBetween(from, to) && clock.starts[day]! <= now; day += 1) {
    sampleDates.push(clock.dates[day]!);
    samples.push(Math.min(clock.starts[day + 1]! - 1, now));
  }
  const waitingDelta = new Array<number>(samples.length + 1).fill(0);
  const overdueDelta = new Array<number>(samples.length + 1).fill(0);
  for (const { history } of traced) {
    for (const wait of history.waits) {
      const end = wait.end ?? Number.POSITIVE_INFINITY;
      const firstSample = lowerBound(samples, wait.start);
      const afterLast = lowerBound(samples, end);
      if (firstSample >= afterLast) continue;
      waitingDelta[firstSample]! += 1;
      waitingDelta[afterLast]! -= 1;
      const firstOverdue = Math.max(firstSample, lowerBound(samples, clock.dueAt(wait.start), true));
      if (firstOverdue < afterLast) {
        overdueDelta[firstOverdue]! += 1;
        overdueDelta[afterLast]! -= 1;
      }
    }
  }
  let waitingNow = 0;
  let overdueNow = 0;
  const backlog = sampleDates.map((date, index) => ({ date, needsResponse: (waitingNow += waitingDelta[index]!), overdue: (overdueNow += overdueDelta[index]!) }));

  // New cases per category, re-openings, waits on a developer, owners.
  const categoryCounts = new Map<string, number[]>();
  const reopenings = new Array<number>(weeks.length).fill(0);
  const reopenedCases = weeks.map(() => new Set<string>());
  const developerEnded = weeks.map((): number[] => []);
  const developerWaiting = new Array<number>(weeks.length).fill(0);
  const owners = new Map<string | null, { created: number; waitingAtEnd: number }>();
  const ownerRow = (owner: string | null): { created: number; waitingAtEnd: number } => {
    let row = owners.get(owner);
    if (!row) owners.set(owner, (row = { created: 0, waitingAtEnd: 0 }));
    return row;
  };
  const weekEnds = weeks.map((_, index) => weekEnd(index));
  for (const c of traced) {
    const { history } = c;
    const createdWeek = weekOf(c.createdAt);
    if (createdWeek >= 0) {
      const name = c.category ?? 'uncategorised';
      let counts = categoryCounts.get(name);
      if (!counts) categoryCounts.set(name, (counts = new Array<number>(weeks.length).fill(0)));
      counts[createdWeek]! += 1;
      ownerRow(c.owner).created += 1;
    }
    const lastWait = history.waits.at(-1);
    if (lastWait && lastWait.start < periodEnd && (lastWait.end === null || lastWait.end >= periodEnd)) ownerRow(c.owner).waitingAtEnd += 1;
    for (const at of history.reopenedAt) {
      const week = weekOf(at);
      if (week < 0) continue;
      reopenings[week]! += 1;
      reopenedCases[week]!.add(c.id);
    }
    for (const span of history.developerSpans) {
      if (span.end !== null) {
        const week = weekOf(span.end);
        if (week >= 0) developerEnded[week]!.push(span.end - span.start);
      }
      for (const [index, end] of weekEnds.entries()) if (span.start < end && (span.end === null || span.end >= end)) developerWaiting[index]! += 1;
    }
  }
  const names = [...categoryCounts].sort((a, b) => sum(b[1]) - sum(a[1]) || (a[0] < b[0] ? -1 : 1)).map(([name]) => name);

  return {
    period: { from, to },
    member,
    generatedAt: now,
    cases: traced.length,
    businessDayHours: hours(clock.businessDayMs)!,
    firstResponse: {
      weeks: weeks.map((week, index) => ({
        week,
        answered: responseMs[index]!.length,
        medianHours: hours(quantile(responseMs[index]!, 0.5)),
        p90Hours: hours(quantile(responseMs[index]!, 0.9)),
        withinDeadline: within[index]!,
        missedDeadline: missed[index]!,
        allowedMedianHours: hours(quantile(allowedMs[index]!, 0.5)),
      })),
      overall: {
        answered: allResponses.length,
        medianHours: hours(quantile(allResponses, 0.5)),
        p90Hours: hours(quantile(allResponses, 0.9)),
        withinDeadline: sum(within),
        missedDeadline: sum(missed),
      },
    },
    backlog,
    categories: { names, weeks: weeks.map((week, index) => ({ week, counts: names.map((name) => categoryCounts.get(name)![index]!) })) },
    reopened: weeks.map((week, index) => ({ week, reopenings: reopenings[index]!, cases: reopenedCases[index]!.size })),
    developer: weeks.map((week, index) => ({ week, waitsEnded: developerEnded[index]!.length, medianDays: days(quantile(developerEnded[index]!, 0.5)), waitingAtEnd: developerWaiting[index]! })),
    owners: [...owners]
      .filter(([, row]) => row.created > 0 || row.waitingAtEnd > 0)
      .sort((a, b) => b[1].created - a[1].created || b[1].waitingAtEnd - a[1].waitingAtEnd || String(a[0]).localeCompare(String(b[0])))
      .map(([owner, row]) => ({ owner, ...row, medianFirstResponseHours: hours(quantile(ownerResponses.get(owner) ?? [], 0.5)) })),
    members: [...members].sort(),
  };
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
