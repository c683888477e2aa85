import { describe, expect, it } from 'vitest';
import { parseGmailDate } from './gmail-date';

// Expected values are local-time wall clocks, so the table holds Date arguments, not epochs.
describe('parseGmailDate', () => {
  it.each<[string, [number, number, number, number, number]]>([
    ['Jan 6, 2025, 9:41 AM', [2025, 0, 6, 9, 41]],
    ['Jan 6, 2025, 2:15 PM', [2025, 0, 6, 14, 15]],
    ['Thu, Jan 9, 2025, 11:40 AM', [2025, 0, 9, 11, 40]],
    ['Dec 30, 2024, 12:05 AM', [2024, 11, 30, 0, 5]],
    ['Jan 10, 2025, 12:40 PM', [2025, 0, 10, 12, 40]],
    ['Jan 7, 2025, 10:03\u202fAM', [2025, 0, 7, 10, 3]],
    ['Jan 6, 2025, 9:41 AM (3 days ago)', [2025, 0, 6, 9, 41]],
    ['Mon, Jan 6, 2025 at 9:41 AM', [2025, 0, 6, 9, 41]],
    ['September 2, 2025, 4:07 PM', [2025, 8, 2, 16, 7]],
    ['20 Aug 2025, 13:19', [2025, 7, 20, 13, 19]],
    ['Wed, 20 Aug 2025, 13:19', [2025, 7, 20, 13, 19]],
    ['29 Feb 2024, 00:00', [2024, 1, 29, 0, 0]],
  ])('%s', (text, args) => {
    expect(parseGmailDate(text)).toBe(new Date(...args).getTime());
  });

  it.each([
    '11:40 AM',
    'Jan 9',
    'yesterday',
    '',
    'Feb 30, 2025, 9:00 AM',
    'Jan 6, 2025, 13:41 PM',
    '20 Aug 2025, 25:19',
    '2025年8月20日 13:19',
    '20. Aug. 2025, 13:19',
  ])('gives null for %j', (text) => {
    expect(parseGmailDate(text)).toBeNull();
  });
});
