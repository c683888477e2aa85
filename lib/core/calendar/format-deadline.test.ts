import { describe, expect, it } from 'vitest';
import { formatDeadline, formatDuration } from './format-deadline';

const LONDON = 'Europe/London';
const at = (iso: string): number => Date.parse(iso);
// Thursday 3 December 2026, 14:10 in London (UTC+0 in winter).
const NOW = at('2026-12-03T14:10:00Z');

describe('formatDuration', () => {
  it.each([
    [30_000, 'less than a minute'],
    [25 * 60_000, '25 min'],
    [25 * 60_000 + 59_000, '25 min'],
    [3 * 3_600_000, '3 h'],
    [(3 * 60 + 20) * 60_000, '3 h 20 min'],
    [-(3 * 60 + 20) * 60_000, '3 h 20 min'],
    [24 * 3_600_000, '1 d'],
    [(2 * 24 + 4) * 3_600_000 + 17 * 60_000, '2 d 4 h'],
  ])('%i ms reads "%s"', (ms, expected) => {
    expect(formatDuration(ms)).toBe(expected);
  });
});

describe('formatDeadline', () => {
  it.each([
    ['2026-12-03T17:30:00Z', 'due in 3 h 20 min', 'later', 'Thu 3 Dec, 17:30'],
    ['2026-12-03T14:40:00Z', 'due in 30 min', 'soon', 'Thu 3 Dec, 14:40'],
    ['2026-12-03T13:45:00Z', 'overdue by 25 min', 'overdue', 'Thu 3 Dec, 13:45'],
    ['2026-12-01T09:00:00Z', 'overdue by 2 d 5 h', 'overdue', 'Tue 1 Dec, 09:00'],
    ['2026-12-04T17:30:00Z', 'due tomorrow 17:30', 'later', 'Fri 4 Dec, 17:30'],
    ['2026-12-07T09:00:00Z', 'due Monday 09:00', 'later', 'Mon 7 Dec, 09:00'],
    ['2026-12-21T09:00:00Z', 'due 21 Dec 09:00', 'later', 'Mon 21 Dec, 09:00'],
    ['2027-01-05T09:00:00Z', 'due 5 Jan 2027 09:00', 'later', 'Tue, 5 Jan 2027, 09:00'],
  ])('deadline %s reads "%s"', (due, text, urgency, absolute) => {
    const result = formatDeadline(at(due), NOW, LONDON);
    expect(result.text).toBe(text);
    expect(result.urgency).toBe(urgency);
    expect(result.overdue).toBe(urgency === 'overdue');
    expect(result.absolute).toBe(absolute);
  });

  it('says "today" for a same-day deadline beyond the countdown window', () => {
    expect(formatDeadline(at('2026-12-03T19:00:00Z'), at('2026-12-03T08:30:00Z'), LONDON).text).toBe('due today 19:00');
  });

  it('counts calendar days in the given time zone, not in UTC', () => {
    // 23:00 in London on the 3rd is already 08:00 on the 4th in Tokyo.
    const due = at('2026-12-04T09:00:00Z');
    const now = at('2026-12-03T23:00:00Z');
    expect(formatDeadline(due, now, LONDON).text).toBe('due tomorrow 09:00');
    expect(formatDeadline(due, now, 'Asia/Tokyo').text).toBe('due today 18:00');
  });

  it('keeps the relative wording for lists that show both', () => {
    const result = formatDeadline(at('2026-12-04T17:30:00Z'), NOW, LONDON);
    expect(result.relative).toBe('due in 1 d 3 h');
  });

  it('is overdue at the very minute it falls due', () => {
    expect(formatDeadline(NOW, NOW, LONDON)).toMatchObject({ overdue: true, text: 'overdue by less than a minute' });
  });

  it('has no wording of urgency without a deadline', () => {
    expect(formatDeadline(null, NOW, LONDON)).toEqual({
      text: 'no deadline',
      relative: 'no deadline',
      absolute: '',
      overdue: false,
      urgency: 'none',
    });
  });
});
