import { addDays, type IsoDate } from '../calendar/civil-date';

export const DEFAULT_WEEKS = 4;
/** A longer range is refused: the report's tables grow with the days (and ten years is no report). */
export const MAX_PERIOD_DAYS = 3 * 366;

/** The last four weeks ending today (28 days, today included). */
export function defaultPeriod(today: IsoDate): { from: IsoDate; to: IsoDate } {
  return { from: addDays(today, -(DEFAULT_WEEKS * 7 - 1)), to: today };
}

/** Why a period cannot be reported, in words; null when it can. */
export function periodProblem(from: IsoDate, to: IsoDate): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from) || !/^\d{4}-\d{2}-\d{2}$/.test(to)) return 'Pick a start and an end date.';
  if (from > to) return 'The start date is after the end date.';
  if (daysBetween(from, to) + 1 > MAX_PERIOD_DAYS) return `Pick at most ${MAX_PERIOD_DAYS} days.`;
  return null;
}

/**
 * The earliest moment a report of the period starting on `from` looks at: two days before the
 * date read as UTC, since a calendar's zone is at most 14 h from UTC. A case whose summary ends
 * before it (activeUntil) has nothing in the period.
 */
export function reportSince(from: IsoDate): number {
  return Date.parse(`${from}T00:00:00Z`) - 2 * 86_400_000;
}

/** Whole days from `a` to `b` (b − a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** The first day of each 7-day week of the period, the first week starting on `from` (the last may be shorter). */
export function weekStarts(from: IsoDate, to: IsoDate): IsoDate[] {
  const starts: IsoDate[] = [];
  for (let day = 0; day <= daysBetween(from, to); day += 7) starts.push(addDays(from, day));
  return starts;
}
