/**
 * Gmail's date tooltips (`.g3[title]`, list `span[title]`) in the browser's local time:
 * en-US `Jan 6, 2025, 9:41 AM`, `Thu, Jan 9, 2025, 11:40 AM`, with or without U+202F before AM/PM;
 * en-GB `20 Aug 2025, 13:19` (R25), optionally with a weekday. Other locales give null.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const US_FORMAT = /^(?:[A-Za-z]{3,9},?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4}),?\s+(?:at\s+)?(\d{1,2}):(\d{2})(?:\s*([AaPp])\.?[Mm]\.?)?$/;
const GB_FORMAT = /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4}),?\s+(?:at\s+)?(\d{1,2}):(\d{2})(?:\s*([AaPp])\.?[Mm]\.?)?$/;

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase());
}

function toEpoch(year: number, month: number, day: number, hour: number, minute: number, meridiem: string | undefined): number | null {
  if (month < 0 || day < 1 || day > 31 || minute > 59) return null;
  let h = hour;
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    const pm = meridiem.toLowerCase() === 'p';
    h = (hour % 12) + (pm ? 12 : 0);
  } else if (hour > 23) {
    return null;
  }
  const date = new Date(year, month, day, h, minute);
  // Rejects "Feb 30" instead of rolling over into March.
  return date.getMonth() === month && date.getDate() === day ? date.getTime() : null;
}

/** Epoch ms of a Gmail date text in local time, or null when the format is not one we know. */
export function parseGmailDate(text: string): number | null {
  const clean = text.replace(/[\u00a0\u202f\u2009]/g, ' ').replace(/(?<!\s)\s+\([^()]*\)$/, '').trim();
  const us = US_FORMAT.exec(clean);
  if (us) return toEpoch(Number(us[3]), monthIndex(us[1] ?? ''), Number(us[2]), Number(us[4]), Number(us[5]), us[6]);
  const gb = GB_FORMAT.exec(clean);
  if (gb) return toEpoch(Number(gb[3]), monthIndex(gb[2] ?? ''), Number(gb[1]), Number(gb[4]), Number(gb[5]), gb[6]);
  return null;
}
