import { describe, expect, it } from 'vitest';
import { isGroupsDateText, parseGroupsDate } from './group-date';

const NNBSP = '\u202f';

describe('parseGroupsDate', () => {
  it.each<[string, [number, number, number, number, number, number]]>([
    [`Mar 3, 2025, 9:14:07${NNBSP}AM`, [2025, 2, 3, 9, 14, 7]],
    ['Mar 3, 2025, 9:14:07 AM', [2025, 2, 3, 9, 14, 7]],
    [`Feb 28, 2025, 1:22:58${NNBSP}PM`, [2025, 1, 28, 13, 22, 58]],
    [`Apr 10, 2025, 12:05:00${NNBSP}AM`, [2025, 3, 10, 0, 5, 0]],
    [`Apr 10, 2025, 12:38:50${NNBSP}PM`, [2025, 3, 10, 12, 38, 50]],
    [`Jul 13, 2023, 7:31:18${NNBSP}PM`, [2023, 6, 13, 19, 31, 18]],
    ['Sept 9, 2024, 11:02 AM', [2024, 8, 9, 11, 2, 0]],
    ['December 24, 2024, 6:30:00 PM', [2024, 11, 24, 18, 30, 0]],
    [`Mar 4, 2025, 8:31:19${NNBSP}AM (2 days ago)`, [2025, 2, 4, 8, 31, 19]],
    ['Mar 31, 2025, 21:14', [2025, 2, 31, 21, 14, 0]],
    ['Oct 5, 2025, 9:14:07am', [2025, 9, 5, 9, 14, 7]],
  ])('%s', (text, parts) => {
    expect(parseGroupsDate(text)).toBe(new Date(...parts).getTime());
  });

  it.each([
    '14 avr. 2025, 11:20',
    '3. März 2025, 09:14:07',
    'Mar 4',
    'yesterday',
    '',
    'Feb 30, 2025, 9:00 AM',
    'Mar 3, 2025, 13:14:07 PM',
    'Mar 3, 2025, 0:14 AM',
    'Foo 3, 2025, 9:14 AM',
    'Mar 3, 2025, 25:00',
  ])('rejects %j', (text) => {
    expect(parseGroupsDate(text)).toBeNull();
  });
});

describe('isGroupsDateText', () => {
  it.each([
    [`Mar 3, 2025, 9:14:07${NNBSP}AM`, true],
    ['  Mar 3, 2025,\n 9:14:07 AM ', true],
    ['dana.whitfield@lakeside.example.com', false],
    ['14 views', false],
    ['Mar 4', false],
  ])('%j -> %s', (text, expected) => {
    expect(isGroupsDateText(text)).toBe(expected);
  });
});
