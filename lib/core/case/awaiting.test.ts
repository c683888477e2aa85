import { describe, expect, it } from 'vitest';
import { needsResponse, refreshDue, withAwaiting } from './awaiting';
import { newCase } from './new-case';
import { at, isHoliday, iso, settings } from './test-support';

const c = newCase({
  id: 'phone:1', host: null, account: '', threadId: null, threadUrl: '', subject: 'Call', customer: { name: '', email: '', organisation: '' },
  originator: 'customer', source: 'phone', createdAt: 0,
});
const rules = { calendar: settings.calendar, isHoliday };

describe('withAwaiting', () => {
  it.each([
    [[], [], null],
    [['2025-11-04T09:00:00Z', '2025-11-03T10:00:00Z', '2025-11-04T09:00:00Z'], ['2025-11-03T10:00:00.000Z', '2025-11-04T09:00:00.000Z'], '2025-11-04T17:30:00.000Z'],
    [['2025-12-24T16:00:00Z'], ['2025-12-24T16:00:00.000Z'], '2025-12-29T17:30:00.000Z'],
  ])('%j -> waiting %j, due %s', (arrivals, awaiting, due) => {
    const result = withAwaiting(c, arrivals.map(at), rules);
    expect(result.awaitingSince.map(iso)).toEqual(awaiting);
    expect(iso(result.dueAt)).toBe(due);
    expect(needsResponse(result)).toBe(awaiting.length > 0);
  });

  it('refreshDue follows a changed calendar', () => {
    const waiting = withAwaiting(c, [at('2025-11-03T10:00:00Z')], rules);
    const later = refreshDue(waiting, { ...rules, calendar: { ...settings.calendar, end: '18:00' } });
    expect(iso(later.dueAt)).toBe('2025-11-04T18:00:00.000Z');
  });
});
