import { describe, expect, it } from 'vitest';
import { isValidTimeZone, zonedDate, zonedToEpoch } from './zoned-time';

describe('zonedDate', () => {
  it.each([
    ['2025-10-24T23:30:00Z', 'Europe/London', '2025-10-25'], // BST: already Saturday
    ['2025-12-24T23:30:00Z', 'Europe/London', '2025-12-24'], // GMT: still Wednesday
    ['2025-11-03T02:00:00Z', 'America/Los_Angeles', '2025-11-02'],
    ['2025-11-07T20:00:00Z', 'Asia/Kolkata', '2025-11-08'], // +05:30
    ['2025-10-03T14:30:00Z', 'Australia/Sydney', '2025-10-04'],
  ])('%s in %s is %s', (instant, zone, expected) => {
    expect(zonedDate(Date.parse(instant), zone)).toBe(expected);
  });
});

describe('zonedToEpoch', () => {
  it.each([
    ['2025-07-01', '17:30', 'Europe/London', '2025-07-01T16:30:00.000Z', 'summer time'],
    ['2025-12-01', '17:30', 'Europe/London', '2025-12-01T17:30:00.000Z', 'winter time'],
    ['2025-03-30', '01:30', 'Europe/London', '2025-03-30T01:30:00.000Z', 'spring gap: shown as 02:30 BST'],
    ['2025-10-26', '01:30', 'Europe/London', '2025-10-26T00:30:00.000Z', 'autumn overlap: the earlier 01:30 (BST)'],
    ['2026-03-08', '02:30', 'America/Los_Angeles', '2026-03-08T10:30:00.000Z', 'US spring gap: shown as 03:30 PDT'],
    ['2025-11-02', '01:30', 'America/Los_Angeles', '2025-11-02T08:30:00.000Z', 'US autumn overlap: PDT'],
    ['2025-11-10', '18:30', 'Asia/Kolkata', '2025-11-10T13:00:00.000Z', 'half-hour offset'],
    ['2025-10-05', '02:30', 'Australia/Sydney', '2025-10-04T16:30:00.000Z', 'southern spring gap'],
    ['2026-04-05', '02:30', 'Australia/Sydney', '2026-04-04T15:30:00.000Z', 'southern autumn overlap: AEDT'],
  ])('%s %s %s -> %s (%s)', (date, time, zone, expected) => {
    expect(new Date(zonedToEpoch(date, time, zone)).toISOString()).toBe(expected);
  });

  it.each(['Europe/London', 'America/Los_Angeles', 'Asia/Kolkata', 'Australia/Sydney'])(
    'round-trips every day of 2025-2026 at 17:30 in %s',
    (zone) => {
      for (let day = Date.UTC(2025, 0, 1); day < Date.UTC(2027, 0, 1); day += 86_400_000) {
        const date = new Date(day).toISOString().slice(0, 10);
        expect(zonedDate(zonedToEpoch(date, '17:30', zone), zone)).toBe(date);
      }
    },
  );
});

describe('isValidTimeZone', () => {
  it.each([
    ['Europe/London', true],
    ['Asia/Kolkata', true],
    ['UTC', true],
    ['Mars/Olympus_Mons', false],
    ['', false],
  ])('%s -> %s', (zone, expected) => {
    expect(isValidTimeZone(zone)).toBe(expected);
  });
});
