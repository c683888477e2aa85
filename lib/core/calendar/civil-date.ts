/**
 * Calendar dates without a time or zone, as ISO strings (`2025-12-25`): the same shape the
 * holiday lookup and the settings' closure dates use, so no conversion is ever needed.
 * Arithmetic goes through Date.UTC, which has no daylight-saving jumps.
 */
export type IsoDate = string;

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Epoch ms of midnight UTC of an ISO date; throws on a malformed date (a programming error). */
function utcMidnight(date: IsoDate): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`Not an ISO date: "${date}"`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

function fromUtcMidnight(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The date `days` later (negative: earlier). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtcMidnight(utcMidnight(date) + days * DAY_MS);
}

/** ISO weekday: 1 = Monday … 7 = Sunday (the numbering settings use). */
export function isoWeekday(date: IsoDate): number {
  const sundayZero = new Date(utcMidnight(date)).getUTCDay();
  return sundayZero === 0 ? 7 : sundayZero;
}

export function isoDateOf(year: number, month: number, day: number): IsoDate {
  return fromUtcMidnight(Date.UTC(year, month - 1, day));
}
