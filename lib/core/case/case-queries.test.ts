import { describe, expect, it } from 'vitest';
import type { SupportCase } from '../../model/case';
import { compareByDeadline, countCases, dashboardPage, dueSoon, isOverdue, matchesFilter, nextWakeAt, type DashboardFilter } from './case-queries';
import { newCase } from './new-case';
import { at } from './test-support';

function aCase(id: string, extra: Partial<SupportCase>): SupportCase {
  const c = newCase({
    id, host: 'gmail', account: 'alice@casebook-vendor.com', threadId: id, threadUrl: '', subject: 'Question',
    customer: { name: 'Jane Doe', email: 'jane@acme.com', organisation: 'Acme' }, originator: 'customer', source: 'email', createdAt: at('2025-11-01T09:00:00Z'),
  });
  return { ...c, ...extra };
}
const now = at('2025-11-05T12:00:00Z');
const waiting = (due: string) => ({ awaitingSince: [at(due) - 86_400_000], dueAt: at(due) });

const cases = [
  aCase('overdue', { status: 'in_progress', ...waiting('2025-11-04T17:30:00Z'), owner: 'alice@casebook-vendor.com', subject: 'Upload fails on 5.2' }),
  aCase('due-soon', { status: 'new', ...waiting('2025-11-05T12:45:00Z'), subject: 'Licence renewal quote' }),
  aCase('due-later', { status: 'acknowledged', ...waiting('2025-11-06T17:30:00Z'), customer: { name: 'Raj Patel', email: 'raj@reseller.net', organisation: 'Reseller' } }),
  aCase('wait-cust', { status: 'waiting_customer', updatedAt: at('2025-11-04T10:00:00Z'), owner: 'bob@casebook-vendor.com' }),
  aCase('wait-dev', { status: 'waiting_developer', updatedAt: at('2025-11-05T10:00:00Z'), owner: 'alice@casebook-vendor.com', tickets: [{ number: 4211, url: '', linkedAt: 0, status: null, resolution: null, checkedAt: null }] }),
  aCase('closed', { status: 'closed', updatedAt: at('2025-11-02T10:00:00Z'), subject: 'Thanks, solved' }),
];
const ids = (list: SupportCase[]): string[] => list.map((c) => c.id);

describe('dashboard filters', () => {
  it.each([
    ['all', ['overdue', 'due-soon', 'due-later', 'wait-dev', 'wait-cust', 'closed']],
    ['needs_response', ['overdue', 'due-soon', 'due-later']],
    ['overdue', ['overdue']],
    ['waiting_customer', ['wait-cust']],
    ['waiting_developer', ['wait-dev']],
    ['mine', ['overdue', 'wait-dev']],
    ['closed', ['closed']],
  ] as [DashboardFilter, string[]][])('%s -> %j (sorted by deadline, then most recent)', (filter, expected) => {
    expect(ids(dashboardPage(cases, { filter, search: '', now, me: 'Alice@casebook-vendor.com', limit: 50, offset: 0 }))).toEqual(expected);
    expect(cases.filter((c) => matchesFilter(c, filter, { now, me: 'alice@casebook-vendor.com' })).length).toBe(expected.length);
  });

  it.each([
    ['upload', ['overdue']],
    ['RESELL', ['due-later']],
    ['raj reseller', ['due-later']],
    ['4211', ['wait-dev']],
    ['acme', ['overdue', 'due-soon', 'wait-dev', 'wait-cust', 'closed']],
    ['nothing-like-this', []],
  ])('search %j -> %j', (search, expected) => {
    expect(ids(dashboardPage(cases, { filter: 'all', search, now, me: '', limit: 50, offset: 0 }))).toEqual(expected);
  });

  it('pages with limit and offset', () => {
    expect(ids(dashboardPage(cases, { filter: 'all', search: '', now, me: '', limit: 2, offset: 2 }))).toEqual(['due-later', 'wait-dev']);
  });
});

describe('deadlines', () => {
  it.each([
    ['overdue', true, false],
    ['due-soon', false, true],
    ['due-later', false, false],
    ['closed', false, false],
  ])('%s: overdue %s, due within the hour %s', (id, overdue, soon) => {
    const c = cases.find((one) => one.id === id)!;
    expect(isOverdue(c, now)).toBe(overdue);
    expect(ids(dueSoon([c], now))).toEqual(soon ? [id] : []);
  });

  it('counts for the badge', () => {
    expect(countCases(cases, now)).toEqual({ needsResponse: 3, overdue: 1 });
    expect(countCases(cases, at('2025-11-07T00:00:00Z'))).toEqual({ needsResponse: 3, overdue: 3 });
  });

  it.each([
    ['2025-11-05T12:00:00Z', '2025-11-05T12:45:00.000Z'], // the due-soon case becomes overdue
    ['2025-11-05T12:45:00Z', '2025-11-06T16:30:00.000Z'], // an hour before the next deadline
    ['2025-11-06T16:30:00Z', '2025-11-06T17:30:00.000Z'],
    ['2025-11-06T17:30:00Z', null],
  ])('after %s the background wakes at %s', (from, expected) => {
    const next = nextWakeAt(cases, at(from));
    expect(next === null ? null : new Date(next).toISOString()).toBe(expected);
  });

  it('sorts ties by id, like the database', () => {
    const a = aCase('a', { updatedAt: 5 });
    const b = aCase('b', { updatedAt: 5 });
    expect([b, a].sort(compareByDeadline).map((c) => c.id)).toEqual(['a', 'b']);
  });
});
