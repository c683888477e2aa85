// The demo mailbox's mails are from March 2025. Shown as they are, every demo case would be
// "overdue by 600 days"; `npm start` moves them so the newest mail arrived yesterday, keeping
// times of day, the order and the gaps between mails (weekday names are recomputed).
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const DAY = 86_400_000;
// "Mar 4, 2025", "Tue, Mar 4, 2025" (titles, headers, quote lines) and "Mar 4<" (list rows, no year).
const FULL_DATE = new RegExp(`\\b(?:(${WEEKDAYS.join('|')}), )?(${MONTHS.join('|')}) (\\d{1,2}), (\\d{4})\\b`, 'g');
const LIST_DATE = new RegExp(`>(${MONTHS.join('|')}) (\\d{1,2})<`, 'g');

const dayNumber = (year, month, day) => Date.UTC(year, month, day) / DAY;
const format = (days, weekday) => {
  const date = new Date(days * DAY);
  const text = `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
  return weekday ? `${WEEKDAYS[date.getUTCDay()]}, ${text}` : text;
};

/** Days to add so that the newest full date in `html` becomes the day before `now` (local calendar). */
export function daysToYesterday(html, now) {
  let newest = -Infinity;
  for (const [, , month, day, year] of html.matchAll(FULL_DATE)) newest = Math.max(newest, dayNumber(Number(year), MONTHS.indexOf(month), Number(day)));
  if (!Number.isFinite(newest)) return 0;
  const today = new Date(now);
  return dayNumber(today.getFullYear(), today.getMonth(), today.getDate()) - 1 - newest;
}

/** `html` with every date moved by `days`. List-row dates without a year take the newest mail's year. */
export function shiftDates(html, days) {
  let year = 0;
  const shifted = html.replace(FULL_DATE, (_, weekday, month, day, y) => {
    year = Math.max(year, Number(y));
    return format(dayNumber(Number(y), MONTHS.indexOf(month), Number(day)) + days, weekday);
  });
  return shifted.replace(LIST_DATE, (_, month, day) => {
    const date = new Date((dayNumber(year, MONTHS.indexOf(month), Number(day)) + days) * DAY);
    return `>${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}<`;
  });
}
