import type { BusinessCalendar } from '../../model/settings';
import { businessDayOnOrAfter, nextBusinessDay, type HolidayLookup } from './business-time';
import { zonedDate, zonedToEpoch } from './zoned-time';

/**
 * When a customer message must have been answered, by the process line "a response … within the
 * same or next business day".
 *
 * The rule, in the team's time zone:
 * 1. The arrival day is the calendar date the message arrived on when that date is a business
 *    day, whatever the hour (before opening, during hours, or after closing all count as that
 *    day). A message that arrives on a week-end, a public holiday or a team closure date counts
 *    as arriving on the next business day.
 * 2. The message is due at closing time (`calendar.end`) of the first business day after the
 *    arrival day.
 *
 * So the team always has at least one whole business day, and at most the rest of the arrival
 * day plus one: Monday 08:00 or Monday 23:00 -> Tuesday at closing; Saturday -> (Monday) ->
 * Tuesday at closing. Closing time is wall-clock time, so daylight-saving changes in between
 * move the instant, not the hour shown.
 *
 * Throws RangeError for an unknown time zone or a calendar without any business day;
 * settings are validated before they get here.
 */
export function responseDue(arrivedAt: number, calendar: BusinessCalendar, isHoliday: HolidayLookup): number {
  const arrivalDay = businessDayOnOrAfter(zonedDate(arrivedAt, calendar.timeZone), calendar, isHoliday);
  const dueDay = nextBusinessDay(arrivalDay, calendar, isHoliday);
  return zonedToEpoch(dueDay, calendar.end, calendar.timeZone);
}
