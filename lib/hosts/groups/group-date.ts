// Groups shows message dates as "Mar 3, 2025, 9:14:07 AM" with U+202F before AM/PM since
// Chrome/ICU 72 (research §1, A: Rust MHTML tool test, io_links audit). A relative suffix
// "(2 days ago)" has been seen stripped by scrapers (A1). Only English month names are known;
// other UI languages keep their date text and get sentAt null.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DATE = /^([A-Z][a-z]{2,8})\.? (\d{1,2}), (\d{4}),? (\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?([AP]M))?(?: \([^)]*\))?$/i;

/** Whether `text` looks like a Groups message date (after space normalisation). */
export function isGroupsDateText(text: string): boolean {
  return DATE.test(normaliseSpaces(text));
}

/** Epoch ms of a Groups date in the browser's time zone, or null when the text is not one. */
export function parseGroupsDate(text: string): number | null {
  const m = DATE.exec(normaliseSpaces(text));
  if (!m) return null;
  const [, monthName = '', day = '', year = '', hour = '', minute = '', second = '0', meridiem] = m;
  const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase());
  const h = Number(hour);
  if (month === -1 || h > 23 || Number(minute) > 59 || Number(second) > 59) return null;
  if (meridiem !== undefined && (h < 1 || h > 12)) return null;
  const h24 = meridiem === undefined ? h : (h % 12) + (meridiem.toUpperCase() === 'PM' ? 12 : 0);
  const date = new Date(Number(year), month, Number(day), h24, Number(minute), Number(second));
  // new Date rolls "Feb 30" over into March: reject instead of guessing.
  return date.getDate() === Number(day) && date.getMonth() === month ? date.getTime() : null;
}

function normaliseSpaces(text: string): string {
  return text.replace(/[\s\u202f\u00a0]+/g, ' ').trim();
}
