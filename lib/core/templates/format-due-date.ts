/**
 * A promised time as a customer reads it, in the team's time zone: "Tuesday 7 January at 16:00
 * GMT", with the year only when it is not the current one. British English, like the process.
 */
export function formatDueDate(at: number, now: number, timeZone: string): string {
  const zone = isValidTimeZone(timeZone) ? timeZone : 'UTC';
  const yearOf = (time: number): string => new Intl.DateTimeFormat('en-GB', { timeZone: zone, year: 'numeric' }).format(time);
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: yearOf(at) === yearOf(now) ? undefined : 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  });
  return format.format(at);
}

function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone });
    return timeZone !== '';
  } catch {
    return false;
  }
}
