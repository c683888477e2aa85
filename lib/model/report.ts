import * as z from 'zod/mini';
import { BusinessCalendar } from './settings';

/**
 * The Reports page (issue #18): what the page asks its worker and what the worker answers. The
 * worker runs in the extension's origin but is another context: both directions are checked.
 */

const IsoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const Count = z.int().check(z.nonnegative());
const Hours = z.nullable(z.number());

export const ReportPeriod = z.object({ from: IsoDate, to: IsoDate });
export type ReportPeriod = z.infer<typeof ReportPeriod>;

/** First responses to cases whose first message arrived in the week (week = 7 days from `week`). */
export const FirstResponseWeek = z.object({
  week: IsoDate,
  /** First responses with a known time. */
  answered: Count,
  medianHours: Hours,
  p90Hours: Hours,
  /** Answered by the deadline. */
  withinDeadline: Count,
  /** Answered after the deadline, or not answered and past it. */
  missedDeadline: Count,
  /** Median business hours the deadline allowed these cases (the deadline line). */
  allowedMedianHours: Hours,
});
export type FirstResponseWeek = z.infer<typeof FirstResponseWeek>;

export const BacklogDay = z.object({ date: IsoDate, needsResponse: Count, overdue: Count });
export type BacklogDay = z.infer<typeof BacklogDay>;

export const CategoryWeek = z.object({ week: IsoDate, counts: z.array(Count) });
export const ReopenWeek = z.object({ week: IsoDate, reopenings: Count, cases: Count });
export const DeveloperWeek = z.object({ week: IsoDate, waitsEnded: Count, medianDays: Hours, waitingAtEnd: Count });
export const OwnerRow = z.object({ owner: z.nullable(z.string()), created: Count, waitingAtEnd: Count, medianFirstResponseHours: Hours });
export type OwnerRow = z.infer<typeof OwnerRow>;

export const Report = z.object({
  period: ReportPeriod,
  member: z.nullable(z.string()),
  generatedAt: z.number(),
  /** Cases looked at (after the member filter). */
  cases: Count,
  /** Length of a business day in hours (the calendar's opening hours). */
  businessDayHours: z.number(),
  firstResponse: z.object({
    weeks: z.array(FirstResponseWeek),
    overall: z.object({ answered: Count, medianHours: Hours, p90Hours: Hours, withinDeadline: Count, missedDeadline: Count }),
  }),
  backlog: z.array(BacklogDay),
  categories: z.object({ names: z.array(z.string()), weeks: z.array(CategoryWeek) }),
  reopened: z.array(ReopenWeek),
  developer: z.array(DeveloperWeek),
  owners: z.array(OwnerRow),
  /** Owners seen in the cases (before the member filter), for the member picker. */
  members: z.array(z.string()),
});
export type Report = z.infer<typeof Report>;

export const ReportRequest = z.object({
  id: z.int(),
  period: ReportPeriod,
  member: z.nullable(z.string()),
  calendar: BusinessCalendar,
  now: z.number(),
  /** Bumped by the page when cases changed: the worker reads them again. */
  generation: z.int(),
});
export type ReportRequest = z.infer<typeof ReportRequest>;

export const ReportAnswer = z.union([
  z.object({ id: z.int(), ok: z.literal(true), report: Report, problems: z.array(z.string()), readMs: z.number(), computeMs: z.number() }),
  z.object({ id: z.int(), ok: z.literal(false), error: z.string() }),
]);
export type ReportAnswer = z.infer<typeof ReportAnswer>;
