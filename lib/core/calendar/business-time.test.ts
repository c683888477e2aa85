import { describe, expect, it } from 'vitest';
import type { BusinessCalendar } from '../../model/settings';
import { addDays, isoWeekday } from './civil-date';
import { businessDayOnOrAfter, isBusinessDay, nextBusinessDay } from './business-time';

const london: BusinessCalendar = {
  timeZone: 'Europe/London',
  workingDays: [1, 2, 3, 4, 5],
  start: '09:00',
  end: '17:30',
  holidayRegion: 'GB-ENG',
  closures: ['2025-12-29'],
};
const gbHolidays = new Set(['2025-12-25', '2025-12-26', '2026-01-01']);
const isHoliday = (date: string): boolean => gbHolidays.has(date);

describe('civil dates', () => {
  it.each([
    ['2025-12-31', 1, '2026-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-03-01', -1, '2025-02-28'],
    ['2025-03-29', 2, '2025-03-31'], // across the London spring change: dates have no clock
  ])('%s + %i days = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each([
    ['2025-11-03', 1],
    ['2025-11-08', 6],
    ['2025-11-09', 7],
  ])('%s is ISO weekday %i', (date, expected) => {
    expect(isoWeekday(date)).toBe(expected);
  });

  it('rejects a malformed date', () => {
    expect(() => addDays('25/12/2025', 1)).toThrow(RangeError);
  });
});

describe('isBusinessDay', () => {
  it.each([
    ['2025-11-03', true, 'Monday'],
    ['2025-11-08', false, 'Saturday'],
    ['2025-12-25', false, 'Christmas Day'],
    ['2025-12-29', false, 'team closure'],
    ['2025-12-30', true, 'Tuesday between closure and New Year'],
  ])('%s -> %s (%s)', (date, expected) => {
    expect(isBusinessDay(date, london, isHoliday)).toBe(expected);
  });
});

describe('nextBusinessDay / businessDayOnOrAfter', () => {
  it.each([
    ['2025-11-07', '2025-11-10', '2025-11-07'], // Friday
    ['2025-11-08', '2025-11-10', '2025-11-10'], // Saturday
    ['2025-11-10', '2025-11-11', '2025-11-10'], // Monday is itself a business day
    ['2025-12-24', '2025-12-30', '2025-12-24'], // Christmas, Boxing Day, week-end, closure
    ['2025-12-31', '2026-01-02', '2025-12-31'],
  ])('after %s comes %s; on or after it: %s', (date, next, onOrAfter) => {
    expect(nextBusinessDay(date, london, isHoliday)).toBe(next);
    expect(businessDayOnOrAfter(date, london, isHoliday)).toBe(onOrAfter);
  });

  it('throws instead of looping when no day is ever a business day', () => {
    expect(() => nextBusinessDay('2025-11-03', london, () => true)).toThrow(/No business day/);
  });
});
