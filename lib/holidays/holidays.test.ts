import { describe, expect, it } from 'vitest';
import { responseDue } from '../core/calendar/business-deadline';
import { defaultSettings } from '../model/settings';
import { holidayChecker, holidayDates, isKnownRegion } from './holidays';

describe('holidayDates', () => {
  it.each([
    ['GB-ENG', '2025-12-25', true, 'Christmas Day'],
    ['GB-ENG', '2025-12-26', true, 'Boxing Day'],
    ['GB-ENG', '2026-04-06', true, 'Easter Monday'],
    ['GB-ENG', '2026-12-28', true, 'Boxing Day substitute (26th is a Saturday)'],
    ['GB-ENG', '2025-03-30', false, "Mother's Day is only an observance"],
    ['GB-SCT', '2025-01-02', true, '2 January in Scotland'],
    ['GB-ENG', '2025-01-02', false, 'but not in England'],
    ['US', '2025-11-27', true, 'Thanksgiving'],
    ['US-CA', '2025-11-28', true, 'Day after Thanksgiving in California'],
    ['US-CA', '2025-12-24', false, 'Christmas Eve is optional'],
    ['DE-BY', '2025-01-06', true, 'Epiphany in Bavaria'],
    ['DE-BE', '2025-01-06', false, 'but not in Berlin'],
    ['de-by', '2025-01-06', true, 'region case does not matter'],
    ['', '2025-12-25', false, 'no region, no holidays'],
    ['XX', '2025-12-25', false, 'unknown country'],
    ['GB-XX', '2025-12-25', false, 'unknown state does not fall back to the country'],
  ])('%s %s -> %s (%s)', (region, date, expected) => {
    const year = Number(date.slice(0, 4));
    expect(holidayDates(region, year, year).has(date)).toBe(expected);
  });

  it('spans several years', () => {
    const dates = holidayDates('GB-ENG', 2025, 2026);
    expect(dates.has('2025-12-25') && dates.has('2026-12-25')).toBe(true);
    expect([...dates].every((date) => date >= '2025-01-01' && date <= '2026-12-31')).toBe(true);
  });

  it('returns a fresh set the caller may change without touching the cache', () => {
    holidayDates('GB-ENG', 2025, 2025).delete('2025-12-25');
    expect(holidayDates('GB-ENG', 2025, 2025).has('2025-12-25')).toBe(true);
  });
});

describe('isKnownRegion', () => {
  it.each([
    ['GB-ENG', true],
    ['US-CA', true],
    ['AU-NSW', true],
    ['DE', true],
    ['', false],
    ['XX', false],
    ['GB-XX', false],
  ])('%s -> %s', (region, expected) => {
    expect(isKnownRegion(region)).toBe(expected);
  });
});

describe('holidayChecker with responseDue (the real data end to end)', () => {
  it.each([
    ['GB-ENG', 'Europe/London', '2025-12-24T10:00:00Z', '2025-12-29T17:30:00.000Z'],
    ['GB-ENG', 'Europe/London', '2026-04-02T09:00:00Z', '2026-04-07T16:30:00.000Z'],
    ['US-CA', 'America/Los_Angeles', '2025-11-26T18:00:00Z', '2025-12-02T01:30:00.000Z'],
    ['AU-NSW', 'Australia/Sydney', '2025-10-03T00:00:00Z', '2025-10-07T06:30:00.000Z'],
  ])('%s: %s -> %s', (region, timeZone, arrival, expected) => {
    const calendar = { ...defaultSettings.calendar, holidayRegion: region, timeZone };
    const due = responseDue(Date.parse(arrival), calendar, holidayChecker(region));
    expect(new Date(due).toISOString()).toBe(expected);
  });
});
