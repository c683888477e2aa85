export function daysToYesterday(html: string, now: number): number;
export function shiftDates(html: string, days: number): string;
