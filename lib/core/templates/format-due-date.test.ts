import { describe, expect, it } from 'vitest';
import { formatDueDate } from './format-due-date';

const NOW = Date.UTC(2025, 0, 6, 15, 0);

describe('formatDueDate', () => {
  it.each([
    [Date.UTC(2025, 0, 7, 16, 0), 'Europe/London', 'Tuesday 7 January at 16:00 GMT'],
    [Date.UTC(2025, 6, 7, 16, 0), 'Europe/London', 'Monday 7 July at 17:00 BST'],
    [Date.UTC(2025, 6, 7, 16, 0), 'Europe/Berlin', 'Monday 7 July at 18:00 CEST'],
    [Date.UTC(2025, 0, 7, 23, 30), 'Asia/Tokyo', 'Wednesday 8 January at 08:30 GMT+9'],
    [Date.UTC(2026, 0, 2, 9, 30), 'Europe/London', 'Friday, 2 January 2026 at 09:30 GMT'],
    // An unusable zone must not break a reply: UTC instead.
    [Date.UTC(2025, 0, 7, 16, 0), 'Mars/Olympus', 'Tuesday 7 January at 16:00 UTC'],
    [Date.UTC(2025, 0, 7, 16, 0), '', 'Tuesday 7 January at 16:00 UTC'],
  ])('%s in %s', (at, zone, expected) => {
    expect(formatDueDate(at, NOW, zone)).toBe(expected);
  });
});
