import type { BusinessCalendar } from '../../model/settings';
import { responseDue } from '../calendar/business-deadline';
import { isBusinessDay, type HolidayLookup } from '../calendar/business-time';
import { addDays, type IsoDate } from '../calendar/civil-date';
import { zonedDate, zonedToEpoch } from '../calendar/zoned-time';

const DAY = 86_400_000;

/** "09:30" -> 570. */
function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}

/**
 * The team's business calendar as a table of days, for reports over thousands of cases: each
 * question (which day is this instant, how many business hours between two instants, when is a
 * message arriving now due) is a binary search instead of Intl calls per event. The table is
 * built once per report from the same rules as responseDue (lib/core/calendar), and an instant
 * outside it is answered by those rules directly (slower, same result).
 */
export class BusinessClock {
  readonly dates: IsoDate[] = [];
  /** Epoch ms of each date's midnight in the team's zone; one more entry than dates (the end). */
  readonly starts: number[] = [];
  readonly #open: number[] = [];
  readonly #close: number[] = [];
  /** Business ms from the first date's midnight to each date's midnight (one more entry than dates). */
  readonly #before: number[] = [0];
  /** For each date: when a message arriving that day is due (responseDue's rule). */
  readonly #due: number[] = [];

  constructor(
    readonly calendar: BusinessCalendar,
    readonly isHoliday: HolidayLookup,
    first: IsoDate,
    last: IsoDate,
  ) {
    const { timeZone, start, end } = calendar;
    for (let date = first; date <= last; date = addDays(date, 1)) this.dates.push(date);
    const business = this.dates.map((date) => isBusinessDay(date, calendar, isHoliday));
    // Midnights: the previous one plus 24 h whenever that instant is exactly where the zone's
    // date changes (two date reads); zonedToEpoch (a dozen) only around a clock change.
    const midnight = (index: number, date: IsoDate): number => {
      const previous = this.starts[index - 1];
      const guess = previous === undefined ? Number.NaN : previous + DAY;
      if (previous !== undefined && zonedDate(guess, timeZone) === date && zonedDate(guess - 1, timeZone) === this.dates[index - 1]) return guess;
      return zonedToEpoch(date, '00:00', timeZone);
    };
    const startMs = minutesOf(start) * 60_000;
    const endMs = minutesOf(end) * 60_000;
    for (const [index, date] of this.dates.entries()) this.starts.push(midnight(index, date));
    this.starts.push(midnight(this.dates.length, addDays(last, 1)));
    for (const [index, date] of this.dates.entries()) {
      const dayStart = this.starts[index]!;
      // A day of 24 h has no clock change: opening and closing are that far from midnight.
      const plain = this.starts[index + 1]! - dayStart === DAY;
      const open = !business[index] ? 0 : plain ? dayStart + startMs : zonedToEpoch(date, start, timeZone);
      const close = !business[index] ? 0 : Math.max(open, plain ? dayStart + endMs : zonedToEpoch(date, end, timeZone));
      this.#open.push(open);
      this.#close.push(close);
      this.#before.push(this.#before[index]! + (close - open));
    }
    // Due at closing of the first business day after the arrival's business day, when both are in the table.
    let nextBusiness = -1;
    const due: number[] = new Array<number>(this.dates.length).fill(Number.NaN);
    for (let index = this.dates.length - 1; index >= 0; index -= 1) {
      const arrivalDay = business[index] ? index : nextBusiness;
      const afterArrival = arrivalDay < 0 ? -1 : this.#firstBusinessAfter(arrivalDay, business);
      if (afterArrival >= 0) due[index] = this.#close[afterArrival]!;
      if (business[index]) nextBusiness = index;
    }
    this.#due.push(...due);
  }

  #firstBusinessAfter(index: number, business: readonly boolean[]): number {
    for (let next = index + 1; next < business.length; next += 1) if (business[next]) return next;
    return -1;
  }

  /** Index of the date whose day holds `t`; -1 before the table, dates.length after it. */
  dayOf(t: number): number {
    const starts = this.starts;
    if (t < starts[0]!) return -1;
    if (t >= starts[starts.length - 1]!) return this.dates.length;
    let low = 0;
    let high = starts.length - 1;
    while (high - low > 1) {
      const middle = (low + high) >>> 1;
      if (starts[middle]! <= t) low = middle;
      else high = middle;
    }
    return low;
  }

  /** The calendar date (team's zone) of an instant. */
  dateOf(t: number): IsoDate {
    const day = this.dayOf(t);
    return day >= 0 && day < this.dates.length ? this.dates[day]! : zonedDate(t, this.calendar.timeZone);
  }

  /** responseDue(arrival), from the table when it covers the arrival and its due day. */
  dueAt(arrival: number): number {
    const day = this.dayOf(arrival);
    const due = day >= 0 && day < this.dates.length ? this.#due[day]! : Number.NaN;
    return Number.isNaN(due) ? responseDue(arrival, this.calendar, this.isHoliday) : due;
  }

  /** Business ms from the table's start to `t` (undefined outside the table). */
  #businessBefore(t: number): number | undefined {
    const day = this.dayOf(t);
    if (day < 0 || day >= this.dates.length) return undefined;
    const within = Math.min(Math.max(t, this.#open[day]!), this.#close[day]!) - this.#open[day]!;
    return this.#before[day]! + Math.max(0, within);
  }

  /** Business time between two instants (0 when `to` is not after `from`): only working hours of business days count. */
  businessMs(from: number, to: number): number {
    if (to <= from) return 0;
    const a = this.#businessBefore(from);
    const b = this.#businessBefore(to);
    if (a !== undefined && b !== undefined) return b - a;
    return this.#businessMsByDays(from, to);
  }

  /** The same sum walked day by day with the calendar rules (instants outside the table: rare). */
  #businessMsByDays(from: number, to: number): number {
    const { timeZone, start, end } = this.calendar;
    let total = 0;
    const last = zonedDate(to, timeZone);
    for (let date = zonedDate(from, timeZone); date <= last; date = addDays(date, 1)) {
      if (!isBusinessDay(date, this.calendar, this.isHoliday)) continue;
      const open = zonedToEpoch(date, start, timeZone);
      const close = zonedToEpoch(date, end, timeZone);
      total += Math.max(0, Math.min(close, to) - Math.max(open, from));
    }
    return total;
  }

  /** Length of one business day in ms (closing minus opening on a day without a clock change). */
  get businessDayMs(): number {
    return Math.max(0, (minutesOf(this.calendar.end) - minutesOf(this.calendar.start)) * 60_000);
  }
}
