import { isoDateOf, type IsoDate } from './civil-date';

/**
 * Wall-clock time in an IANA time zone <-> epoch ms, with Intl only (no time-zone library):
 * the browser's own tz database stays current with the OS, which is what the user's clock shows.
 */

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone: creating them is the slow part of Intl. Throws RangeError for an unknown zone. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** en-US with h23 formats as "9/21/2026, 15:13:20"; parsing that is several times faster than formatToParts. */
const EN_US_WALL_TIME = /^(\d{1,2})\/(\d{1,2})\/(\d{4}),? (\d{2}):(\d{2}):(\d{2})$/;

function wallTimeAt(epochMs: number, timeZone: string): WallTime {
  const formatter = formatterFor(timeZone);
  const match = EN_US_WALL_TIME.exec(formatter.format(epochMs));
  if (match) {
    const [month, day, year, hour, minute, second] = match.slice(1).map(Number) as [number, number, number, number, number, number];
    return { year, month, day, hour, minute, second };
  }
  // An engine that formats differently still gives the parts, only slower.
  const wall: WallTime = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatter.formatToParts(epochMs)) {
    if (part.type in wall) wall[part.type as keyof WallTime] = Number(part.value);
  }
  return wall;
}

/** Offset of the zone from UTC at that instant, in ms (London in summer: +3_600_000). */
function offsetAt(epochMs: number, timeZone: string): number {
  const wall = wallTimeAt(epochMs, timeZone);
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return wallAsUtc - Math.floor(epochMs / 1000) * 1000;
}

/** The calendar date the zone's clocks show at that instant. */
export function zonedDate(epochMs: number, timeZone: string): IsoDate {
  const wall = wallTimeAt(epochMs, timeZone);
  return isoDateOf(wall.year, wall.month, wall.day);
}

/**
 * Epoch ms when the zone's clocks show `time` ("HH:MM") on `date`.
 * Daylight saving: a time that happens twice (clocks go back) gives the earlier instant; a time
 * that never happens (clocks go forward) is moved forward by the gap, as clocks would show it
 * (02:30 on the London spring-forward night -> 03:30 BST). Same rule as Temporal's "compatible".
 */
export function zonedToEpoch(date: IsoDate, time: string, timeZone: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute);
  // Offsets in force a day either side cover every real transition (none are closer than that).
  const offsetBefore = offsetAt(wallAsUtc - 86_400_000, timeZone);
  const offsetAfter = offsetAt(wallAsUtc + 86_400_000, timeZone);
  const valid = [offsetBefore, offsetAfter]
    .map((offset) => wallAsUtc - offset)
    .filter((candidate) => offsetAt(candidate, timeZone) === wallAsUtc - candidate);
  if (valid.length > 0) return Math.min(...valid);
  return wallAsUtc - offsetBefore;
}
