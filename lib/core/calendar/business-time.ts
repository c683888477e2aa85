import type { BusinessCalendar } from '../../model/settings';
import { addDays, isoWeekday, type IsoDate } from './civil-date';

/** Answers "is this date a public holiday?"; built outside lib/core (lib/holidays) and passed in. */
export type HolidayLookup = (date: IsoDate) => boolean;

/** A week of public holidays and closures is plausible, ten years of them is a broken calendar. */
const SEARCH_LIMIT_DAYS = 3660;

/** A working weekday that is neither a public holiday nor one of the team's closure dates. */
export function isBusinessDay(date: IsoDate, calendar: BusinessCalendar, isHoliday: HolidayLookup): boolean {
  return (
    calendar.workingDays.includes(isoWeekday(date)) && !calendar.closures.includes(date) && !isHoliday(date)
  );
}

/** The first business day strictly after `date`. Throws when the calendar has none (every day closed). */
export function nextBusinessDay(date: IsoDate, calendar: BusinessCalendar, isHoliday: HolidayLookup): IsoDate {
  let candidate = date;
  for (let step = 0; step < SEARCH_LIMIT_DAYS; step += 1) {
    candidate = addDays(candidate, 1);
    if (isBusinessDay(candidate, calendar, isHoliday)) return candidate;
  }
  throw new RangeError(`No business day within ${SEARCH_LIMIT_DAYS} days after ${date}: check working days and closures.`);
}

/** `date` itself when it is a business day, else the next one. */
export function businessDayOnOrAfter(date: IsoDate, calendar: BusinessCalendar, isHoliday: HolidayLookup): IsoDate {
  return isBusinessDay(date, calendar, isHoliday) ? date : nextBusinessDay(date, calendar, isHoliday);
}
