import { describe, expect, it } from 'vitest';
import type { BusinessCalendar } from '../../model/settings';
import { responseDue } from './business-deadline';

// Public holidays as date-holidays lists them (checked 2026-11-26); lib/holidays tests the real lookup.
const holidays: Record<string, Set<string>> = {
  'GB-ENG': new Set(['2025-12-25', '2025-12-26', '2026-01-01', '2026-04-03', '2026-04-06']),
  'US-CA': new Set(['2025-11-27', '2025-11-28', '2025-12-25']),
  'AU-NSW': new Set(['2025-10-06', '2026-04-03', '2026-04-04', '2026-04-05', '2026-04-06']),
  '': new Set(),
};

function calendar(timeZone: string, holidayRegion: string, hours: [string, string], extra: Partial<BusinessCalendar> = {}): BusinessCalendar {
  return { timeZone, holidayRegion, start: hours[0], end: hours[1], workingDays: [1, 2, 3, 4, 5], closures: [], ...extra };
}

const london = calendar('Europe/London', 'GB-ENG', ['09:00', '17:30']);
const londonClosedAtNewYear = { ...london, closures: ['2025-12-29', '2025-12-30', '2025-12-31'] };
const losAngeles = calendar('America/Los_Angeles', 'US-CA', ['09:00', '17:00']);
const kolkata = calendar('Asia/Kolkata', '', ['09:30', '18:30'], { closures: ['2025-11-11'] });
const sydney = calendar('Australia/Sydney', 'AU-NSW', ['09:00', '17:00']);
const dubai = calendar('Asia/Dubai', '', ['09:00', '17:00'], { workingDays: [7, 1, 2, 3, 4] });

describe('responseDue: same or next business day, at closing time', () => {
  it.each([
    // arrival (UTC)            calendar  due (UTC)                    why
    ['2025-11-03T10:00:00Z', london, '2025-11-04T17:30:00.000Z', 'Monday in hours -> Tuesday close'],
    ['2025-11-03T07:00:00Z', london, '2025-11-04T17:30:00.000Z', 'Monday before opening counts as Monday'],
    ['2025-11-03T22:00:00Z', london, '2025-11-04T17:30:00.000Z', 'Monday after closing still counts as Monday'],
    ['2025-11-07T16:00:00Z', london, '2025-11-10T17:30:00.000Z', 'Friday -> Monday'],
    ['2025-11-08T12:00:00Z', london, '2025-11-11T17:30:00.000Z', 'Saturday counts as Monday -> Tuesday'],
    ['2025-11-09T23:59:00Z', london, '2025-11-11T17:30:00.000Z', 'late Sunday counts as Monday -> Tuesday'],
    ['2025-12-23T10:00:00Z', london, '2025-12-24T17:30:00.000Z', 'before Christmas Eve'],
    ['2025-12-24T10:00:00Z', london, '2025-12-29T17:30:00.000Z', 'Christmas, Boxing Day and the week-end skipped'],
    ['2025-12-25T10:00:00Z', london, '2025-12-30T17:30:00.000Z', 'Christmas Day counts as Monday 29th'],
    ['2025-12-24T10:00:00Z', londonClosedAtNewYear, '2026-01-02T17:30:00.000Z', 'team closure and New Year skipped'],
    ['2026-04-02T09:00:00Z', london, '2026-04-07T16:30:00.000Z', 'Good Friday and Easter Monday (BST)'],
    ['2026-03-27T12:00:00Z', london, '2026-03-30T16:30:00.000Z', 'Friday GMT -> Monday BST (clocks forward 29 March)'],
    ['2026-03-28T12:00:00Z', london, '2026-03-31T16:30:00.000Z', 'Saturday before the change -> Tuesday BST'],
    ['2025-10-24T11:00:00Z', london, '2025-10-27T17:30:00.000Z', 'Friday BST -> Monday GMT (clocks back 26 October)'],
    ['2025-10-24T23:30:00Z', london, '2025-10-28T17:30:00.000Z', 'Friday 23:30 UTC is Saturday 00:30 in London'],
    ['2025-11-26T18:00:00Z', losAngeles, '2025-12-02T01:00:00.000Z', 'Thanksgiving and the day after skipped'],
    ['2026-03-06T18:00:00Z', losAngeles, '2026-03-10T00:00:00.000Z', 'Friday PST -> Monday PDT (clocks forward 8 March)'],
    ['2025-10-31T17:00:00Z', losAngeles, '2025-11-04T01:00:00.000Z', 'Friday PDT -> Monday PST (clocks back 2 November)'],
    ['2025-11-03T02:00:00Z', losAngeles, '2025-11-05T01:00:00.000Z', 'Monday in UTC is Sunday evening in California'],
    ['2025-11-07T12:00:00Z', kolkata, '2025-11-10T13:00:00.000Z', 'Friday 17:30 IST -> Monday 18:30 IST'],
    ['2025-11-07T20:00:00Z', kolkata, '2025-11-12T13:00:00.000Z', 'Saturday 01:30 IST -> Monday; Tuesday is a closure'],
    ['2025-10-03T00:00:00Z', sydney, '2025-10-07T06:00:00.000Z', 'Labour Day skipped, AEST -> AEDT (5 October)'],
    ['2026-04-01T23:00:00Z', sydney, '2026-04-07T07:00:00.000Z', 'Easter skipped, AEDT -> AEST (5 April)'],
    ['2025-11-06T06:00:00Z', dubai, '2025-11-09T13:00:00.000Z', 'Sunday-to-Thursday week: Thursday -> Sunday'],
  ])('%s -> %s', (arrival, cal, expected) => {
    const isHoliday = (date: string): boolean => holidays[cal.holidayRegion]?.has(date) ?? false;
    expect(new Date(responseDue(Date.parse(arrival), cal, isHoliday)).toISOString()).toBe(expected);
  });

  it('never gives a deadline earlier than the arrival', () => {
    const isHoliday = (date: string): boolean => holidays['GB-ENG']?.has(date) ?? false;
    for (let t = Date.UTC(2025, 11, 20); t < Date.UTC(2026, 0, 10); t += 37 * 60_000) {
      const due = responseDue(t, london, isHoliday);
      expect(due).toBeGreaterThan(t);
      expect(due - t).toBeLessThan(12 * 86_400_000);
    }
  });

  it('fails loudly on an unknown time zone', () => {
    expect(() => responseDue(0, { ...london, timeZone: 'Nowhere/Land' }, () => false)).toThrow(RangeError);
  });
});
