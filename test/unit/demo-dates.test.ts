import { describe, expect, it } from 'vitest';
import { daysToYesterday, shiftDates } from '../../scripts/demo-dates.mjs';

describe('demo mailbox dates (npm start)', () => {
  const html = '<span title="Tue, Mar 4, 2025, 9:05 AM">Mar 4, 2025, 9:05 AM (1 day ago)</span><td>Mar 3</td><p>On Wed, Mar 5, 2025 at 11:58 AM Kofi wrote:</p><b>Mar 5</b>';

  it('moves the newest mail to yesterday', () => {
    const now = new Date(2026, 11, 3, 12, 40).getTime(); // Thu 3 Dec 2026
    const days = daysToYesterday(html, now);
    const moved = shiftDates(html, days);
    expect(moved).toContain('On Wed, Dec 2, 2026 at 11:58 AM');
    expect(moved).toContain('title="Tue, Dec 1, 2026, 9:05 AM"');
    expect(moved).toContain('>Dec 1, 2026, 9:05 AM (1 day ago)<');
    expect(moved).toContain('<td>Nov 30</td>');
    expect(moved).toContain('<b>Dec 2</b>');
  });

  it('recomputes weekday names and crosses month and year ends', () => {
    expect(shiftDates('Fri, Dec 30, 2022', 3)).toBe('Mon, Jan 2, 2023');
    expect(shiftDates('Feb 28, 2024 and Thu, Feb 29, 2024', 1)).toBe('Feb 29, 2024 and Fri, Mar 1, 2024');
  });

  it('leaves text without dates alone', () => {
    expect(daysToYesterday('no dates here', Date.now())).toBe(0);
    expect(shiftDates('Version 5.1, March build', 30)).toBe('Version 5.1, March build');
  });
});
