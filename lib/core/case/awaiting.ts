import type { SupportCase } from '../../model/case';
import type { BusinessCalendar } from '../../model/settings';
import { responseDue } from '../calendar/business-deadline';
import type { HolidayLookup } from '../calendar/business-time';

/**
 * "Needs response" is not stored: it is `awaitingSince.length > 0` (customer messages not yet
 * answered). `dueAt` is kept beside it because it is what the database indexes and sorts by;
 * this module is the one place that writes both, so `dueAt !== null` exactly when something waits.
 */
export function needsResponse(c: Pick<SupportCase, 'awaitingSince'>): boolean {
  return c.awaitingSince.length > 0;
}

export interface DeadlineRules {
  calendar: BusinessCalendar;
  isHoliday: HolidayLookup;
}

/**
 * Sets the unanswered arrivals and the earliest deadline among them. Every waiting message
 * gets the same rule as the first one; responseDue grows with the arrival time, so the
 * earliest deadline is the oldest arrival's.
 */
export function withAwaiting(c: SupportCase, arrivals: readonly number[], rules: DeadlineRules): SupportCase {
  const awaitingSince = [...new Set(arrivals)].sort((a, b) => a - b);
  const oldest = awaitingSince[0];
  const dueAt = oldest === undefined ? null : responseDue(oldest, rules.calendar, rules.isHoliday);
  return { ...c, awaitingSince, dueAt };
}

/** Recomputes the deadline after the business calendar changed in settings. */
export function refreshDue(c: SupportCase, rules: DeadlineRules): SupportCase {
  return withAwaiting(c, c.awaitingSince, rules);
}
