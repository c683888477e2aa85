/**
 * The part of deadline wording that ticks: how long until (or since) a deadline. No Intl date
 * formatting here: this is what the sidebar injected into Gmail carries (format-deadline.ts adds
 * the wall-clock wording for the extension's own pages and the background).
 */

export type DeadlineUrgency = 'none' | 'later' | 'soon' | 'overdue';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Closer than this, a countdown says more than a clock time. */
const RELATIVE_WINDOW = 4 * HOUR;
/** Closer than this, a deadline is shown as urgent. */
const SOON_WINDOW = HOUR;

/** "25 min", "3 h 20 min", "3 h", "2 d 4 h"; under a minute is "less than a minute". */
export function formatDuration(ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / MINUTE);
  if (minutes < 1) return 'less than a minute';
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 24 * 60) {
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
  }
  const days = Math.floor(minutes / (24 * 60));
  const hours = Math.floor((minutes % (24 * 60)) / 60);
  return hours === 0 ? `${days} d` : `${days} d ${hours} h`;
}

/** "due in 3 h 20 min" / "overdue by 25 min", how urgent, and whether a clock time says it better (far off). */
export function relativeDeadline(dueAt: number, now: number): { relative: string; urgency: DeadlineUrgency; showClock: boolean } {
  const left = dueAt - now;
  if (left <= 0) return { relative: `overdue by ${formatDuration(left)}`, urgency: 'overdue', showClock: false };
  return { relative: `due in ${formatDuration(left)}`, urgency: left <= SOON_WINDOW ? 'soon' : 'later', showClock: left >= RELATIVE_WINDOW };
}
