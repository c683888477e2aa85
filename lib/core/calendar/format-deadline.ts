import { relativeDeadline, type DeadlineUrgency } from './format-duration';

/**
 * Deadline wording shared by the popup, dashboard and sidebar (the sidebar, injected into Gmail,
 * takes the clock-time wording from the background and only counts down itself: format-duration.ts). Pure: the clock (`now`) and the
 * time zone are arguments, so a countdown re-renders by passing a newer `now`.
 */

export { formatDuration, type DeadlineUrgency } from './format-duration';

export interface DeadlineText {
  /** The short phrase: "due in 3 h 20 min", "overdue by 25 min", "due tomorrow 17:30". */
  text: string;
  /** Always relative to now: "due in 1 d 2 h", "overdue by 25 min"; "no deadline" when none. */
  relative: string;
  /** The wall-clock time in full: "Thu 3 Dec, 17:30"; "" when there is no deadline. */
  absolute: string;
  overdue: boolean;
  urgency: DeadlineUrgency;
}

const DAY = 24 * 3_600_000;
const CLOCK: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
const formatters = new Map<string, Intl.DateTimeFormat>();

export function formatDeadline(dueAt: number | null, now: number, timeZone?: string): DeadlineText {
  if (dueAt === null) {
    return { text: 'no deadline', relative: 'no deadline', absolute: '', overdue: false, urgency: 'none' };
  }
  const { relative, urgency, showClock } = relativeDeadline(dueAt, now);
  const absolute = formatAbsolute(dueAt, now, timeZone);
  const text = showClock ? `due ${dayWord(dueAt, now, timeZone)} ${clockTime(dueAt, timeZone)}` : relative;
  return { text, relative, absolute, overdue: urgency === 'overdue', urgency };
}

/** "today", "tomorrow", a weekday within the week, else a date. */
function dayWord(at: number, now: number, timeZone?: string): string {
  const days = calendarDay(at, timeZone) - calendarDay(now, timeZone);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days > 1 && days < 7) return formatter({ weekday: 'long' }, timeZone).format(at);
  const sameYear = year(at, timeZone) === year(now, timeZone);
  return formatter({ day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }) }, timeZone).format(at);
}

function formatAbsolute(at: number, now: number, timeZone?: string): string {
  const sameYear = year(at, timeZone) === year(now, timeZone);
  const date: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }) };
  return formatter({ ...date, ...CLOCK }, timeZone).format(at);
}

/** "17:30" in `timeZone` (24-hour). */
export function clockTime(at: number, timeZone?: string): string {
  return formatter(CLOCK, timeZone).format(at);
}

/** Days since the epoch of the calendar date `at` falls on in `timeZone`. */
function calendarDay(at: number, timeZone?: string): number {
  const parts = formatter({ year: 'numeric', month: '2-digit', day: '2-digit' }, timeZone).formatToParts(at);
  const part = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(part('year'), part('month') - 1, part('day')) / DAY;
}

function year(at: number, timeZone?: string): string {
  return formatter({ year: 'numeric' }, timeZone).format(at);
}

/** Building a DateTimeFormat is slow and a dashboard page formats hundreds of dates a minute. */
function formatter(options: Intl.DateTimeFormatOptions, timeZone?: string): Intl.DateTimeFormat {
  const key = JSON.stringify([options, timeZone ?? '']);
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat('en-GB', { ...options, timeZone });
    formatters.set(key, cached);
  }
  return cached;
}
