import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../model/settings';
import { responseDue } from '../calendar/business-deadline';
import { zonedDate } from '../calendar/zoned-time';
import { BusinessClock } from './business-clock';

// London, Monday to Friday 09:00-17:30; 25 and 28 December 2026 are holidays (Boxing Day is a Saturday).
const calendar = defaultSettings.calendar;
const holidays = new Set(['2026-12-25', '2026-12-28', '2026-04-03', '2026-04-06']);
const isHoliday = (date: string): boolean => holidays.has(date);
const at = (iso: string): number => Date.parse(iso);
const HOUR = 3_600_000;

describe('BusinessClock.businessMs', () => {
  const clock = new BusinessClock(calendar, isHoliday, '2026-11-01', '2027-01-15');
  it.each([
    ['same morning', '2026-12-07T10:00:00Z', '2026-12-07T12:00:00Z', 2],
    ['before opening to after closing', '2026-12-07T06:00:00Z', '2026-12-07T20:00:00Z', 8.5],
    ['Friday afternoon to Monday morning', '2026-12-04T16:30:00Z', '2026-12-07T10:00:00Z', 2],
    ['Saturday to Monday', '2026-12-05T12:00:00Z', '2026-12-07T09:30:00Z', 0.5],
    ['over Christmas and the Boxing Day substitute', '2026-12-24T17:00:00Z', '2026-12-29T10:00:00Z', 1.5],
    ['a whole week', '2026-12-07T00:00:00Z', '2026-12-14T00:00:00Z', 42.5],
    ['backwards is nothing', '2026-12-07T12:00:00Z', '2026-12-07T10:00:00Z', 0],
  ])('%s', (_, from, to, hours) => {
    expect(clock.businessMs(at(from), at(to)) / HOUR).toBe(hours);
  });

  it('gives the same sum outside its table (walked day by day)', () => {
    const small = new BusinessClock(calendar, isHoliday, '2026-12-20', '2026-12-22');
    expect(small.businessMs(at('2026-12-04T16:30:00Z'), at('2026-12-29T10:00:00Z'))).toBe(clock.businessMs(at('2026-12-04T16:30:00Z'), at('2026-12-29T10:00:00Z')));
    expect(small.businessMs(at('2026-12-04T16:30:00Z'), at('2026-12-29T10:00:00Z')) / HOUR).toBe(1 + 8.5 * 14 + 1); // Fri 1 h, 7-24 Dec: 14 business days, Tue 29th 1 h
  });
});

describe('BusinessClock.dueAt and dateOf agree with the calendar rules', () => {
  // Spring forward (29 March 2026) and Easter (3 and 6 April) inside, every 37 minutes for six weeks.
  for (const [timeZone, first, last] of [['Europe/London', '2026-03-16', '2026-04-26'], ['America/New_York', '2026-10-20', '2026-11-20'], ['Australia/Sydney', '2026-09-25', '2026-10-20']] as const) {
    it(`${timeZone} ${first}..${last}`, () => {
      const zoned = { ...calendar, timeZone };
      const clock = new BusinessClock(zoned, isHoliday, first, last);
      let checked = 0;
      for (let t = at(`${first}T12:00:00Z`); t < at(`${last}T00:00:00Z`); t += 37 * 60_000) {
        expect(clock.dateOf(t)).toBe(zonedDate(t, timeZone));
        expect(clock.dueAt(t)).toBe(responseDue(t, zoned, isHoliday));
        checked += 1;
      }
      expect(checked).toBeGreaterThan(900);
    });
  }

  it.each([
    ['Monday before opening', '2026-12-07T08:00:00Z', '2026-12-08T17:30:00.000Z'],
    ['Friday late evening', '2026-12-11T23:00:00Z', '2026-12-14T17:30:00.000Z'],
    ['Saturday', '2026-12-12T12:00:00Z', '2026-12-15T17:30:00.000Z'],
    ['Christmas Eve: over the holiday, the week-end and the substitute day', '2026-12-24T10:00:00Z', '2026-12-29T17:30:00.000Z'],
    ['the day before Christmas Eve', '2026-12-23T10:00:00Z', '2026-12-24T17:30:00.000Z'],
  ])('%s', (_, arrival, due) => {
    const clock = new BusinessClock(calendar, isHoliday, '2026-12-01', '2027-01-10');
    expect(new Date(clock.dueAt(at(arrival))).toISOString()).toBe(due);
  });

  it('answers arrivals beyond its table with the rules themselves', () => {
    const clock = new BusinessClock(calendar, isHoliday, '2026-12-01', '2026-12-24');
    expect(clock.dueAt(at('2026-12-24T10:00:00Z'))).toBe(at('2026-12-29T17:30:00Z'));
    expect(clock.dueAt(at('2026-11-02T10:00:00Z'))).toBe(at('2026-11-03T17:30:00Z'));
  });
});
