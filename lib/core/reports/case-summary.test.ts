import { describe, expect, it } from 'vitest';
import type { Report } from '../../model/report';
import { defaultSettings } from '../../model/settings';
import { mulberry32 } from '../seeded-random';
import { activeFrom, caseSummary, OPEN_ENDED } from './case-summary';
import { computeReport, computeReportFromSummaries } from './compute-report';
import { reportSince } from './report-period';
import { at, event, GENERATED_HOLIDAYS, generatedInputs, reportedCase } from './test-cases';

describe('caseSummary', () => {
  // [what, case, events, activeUntil, activeFrom]
  it.each([
    [
      'answered: its last moment is the reply',
      reportedCase('a', '2026-12-07T10:00:00Z', { status: 'acknowledged' }),
      [event('created', '2026-12-07T10:00:00Z', 'new'), event('staff_reply', '2026-12-07T12:00:00Z'), event('status_changed', '2026-12-07T12:01:00Z', 'acknowledged')],
      at('2026-12-07T12:00:00Z'),
      at('2026-12-07T10:00:00Z'),
    ],
    ['still waiting for a response: open-ended', reportedCase('b', '2026-12-07T10:00:00Z', { awaitingSince: [at('2026-12-07T10:00:00Z')] }), [], OPEN_ENDED, at('2026-12-07T10:00:00Z')],
    [
      'answered but waiting on a developer: open-ended',
      reportedCase('c', '2026-11-02T10:00:00Z', { status: 'waiting_developer' }),
      [event('staff_reply', '2026-11-02T11:00:00Z'), event('status_changed', '2026-11-03T09:00:00Z', 'waiting_developer')],
      OPEN_ENDED,
      at('2026-11-02T10:00:00Z'),
    ],
    [
      'a developer wait that ended: its end',
      reportedCase('d', '2026-11-02T10:00:00Z', { status: 'in_progress', updatedAt: at('2026-11-20T09:00:00Z') }),
      [event('staff_reply', '2026-11-02T11:00:00Z'), event('status_changed', '2026-11-03T09:00:00Z', 'waiting_developer'), event('status_changed', '2026-11-20T09:00:00Z', 'in_progress')],
      at('2026-11-20T09:00:00Z'),
      at('2026-11-02T10:00:00Z'),
    ],
    [
      'closed without a reply on a Saturday: the closing',
      reportedCase('e', '2026-12-05T10:00:00Z', { status: 'closed' }),
      [event('status_changed', '2026-12-05T18:00:00Z', 'closed')],
      at('2026-12-05T18:00:00Z'),
      at('2026-12-05T10:00:00Z'),
    ],
    [
      'a staff case nobody answered yet: only its creation',
      reportedCase('f', '2026-12-01T10:00:00Z', { originator: 'staff', status: 'waiting_customer' }),
      [event('created', '2026-12-01T10:00:00Z', 'new'), event('status_changed', '2026-12-01T10:05:00Z', 'waiting_customer')],
      at('2026-12-01T10:00:00Z'),
      at('2026-12-01T10:00:00Z'),
    ],
    [
      'a re-opening recorded without its message: the re-opening',
      reportedCase('r', '2026-12-01T10:00:00Z', { status: 'in_progress' }),
      [event('staff_reply', '2026-12-01T11:00:00Z'), event('reopened', '2026-12-14T10:00:00Z', 'in_progress')],
      at('2026-12-14T10:00:00Z'),
      at('2026-12-01T10:00:00Z'),
    ],
    [
      'a timeline older than the case (a staff case whose customer wrote before it was tracked)',
      reportedCase('g', '2026-12-01T10:00:00Z', { originator: 'staff', status: 'in_progress' }),
      [event('customer_message', '2026-11-28T10:00:00Z'), event('staff_reply', '2026-11-30T10:00:00Z')],
      at('2026-12-01T10:00:00Z'),
      at('2026-11-28T10:00:00Z'),
    ],
  ])('%s', (_, c, events, until, from) => {
    const summary = caseSummary(c, events);
    expect(summary.activeUntil).toBe(until);
    expect(activeFrom(summary)).toBe(from);
    expect(summary).toMatchObject({ id: c.id, createdAt: c.createdAt, owner: c.owner, category: c.category });
  });

  it('carries the replayed history, re-openings included', () => {
    const c = reportedCase('h', '2026-11-23T10:00:00Z', { status: 'in_progress', awaitingSince: [] });
    const summary = caseSummary(c, [
      event('staff_reply', '2026-11-23T11:00:00Z'),
      event('status_changed', '2026-11-23T11:00:00Z', 'closed'),
      event('customer_message', '2026-12-14T10:00:00Z'),
      event('reopened', '2026-12-14T10:00:00Z', 'in_progress'),
      event('staff_reply', '2026-12-14T11:00:00Z'),
    ]);
    expect(summary.history).toEqual({
      waits: [
        { start: at('2026-11-23T10:00:00Z'), end: at('2026-11-23T11:00:00Z'), endedBy: 'response' },
        { start: at('2026-12-14T10:00:00Z'), end: at('2026-12-14T11:00:00Z'), endedBy: 'response' },
      ],
      reopenedAt: [at('2026-12-14T10:00:00Z')],
      developerSpans: [],
    });
    expect(summary.activeUntil).toBe(at('2026-12-14T11:00:00Z'));
  });
});

describe('computeReportFromSummaries over generated cases', () => {
  const now = at('2026-12-30T15:00:00Z');
  const inputs = generatedInputs(1_500, mulberry32(18), now);
  const summaries = inputs.map((item) => caseSummary(item.case, item.events));
  const base = { calendar: defaultSettings.calendar, isHoliday: (date: string) => GENERATED_HOLIDAYS.has(date), now, member: null };
  const periods = [
    ['the last four weeks (Christmas and the Boxing Day substitute)', { ...base, from: '2026-12-03', to: '2026-12-30' }],
    ['a year', { ...base, from: '2025-12-31', to: '2026-12-30' }],
    ['a past quarter across Easter and the clock change', { ...base, from: '2026-03-02', to: '2026-05-31' }],
    ['one member (by another spelling), over the summer bank holiday', { ...base, from: '2026-08-03', to: '2026-09-27', member: 'BOB@vendor.example' }],
  ] as const;

  it('the generated cases reach every figure (else the comparisons below prove little)', () => {
    const year = computeReport(inputs, periods[1][1]);
    expect(year.firstResponse.overall.answered).toBeGreaterThan(300);
    expect(year.firstResponse.overall.missedDeadline).toBeGreaterThan(20);
    expect(year.reopened.reduce((sum, week) => sum + week.reopenings, 0)).toBeGreaterThan(20);
    expect(year.developer.reduce((sum, week) => sum + week.waitsEnded, 0)).toBeGreaterThan(20);
    expect(summaries.filter((s) => s.activeUntil === OPEN_ENDED).length).toBeGreaterThan(50);
    expect(summaries.filter((s) => s.activeUntil !== OPEN_ENDED && s.activeUntil < reportSince('2026-12-03')).length).toBeGreaterThan(500);
  });

  /** The figures without the counts of cases looked at (those are defined by activeUntil itself). */
  const figures = ({ cases: _cases, members: _members, ...rest }: Report) => rest;

  // What the activeUntil index relies on: the cases it leaves out change no figure. The
  // reference looks at every case (activeUntil ignored: all open-ended).
  it.each(periods)('%s: only the summaries active since the period’s start give the figures of all cases', (_, options) => {
    const everyCase = computeReportFromSummaries(
      summaries.map((s) => ({ ...s, activeUntil: OPEN_ENDED })),
      options,
    );
    const since = reportSince(options.from);
    const read = summaries.filter((s) => s.activeUntil >= since);
    expect(read.length).toBeLessThan(summaries.length);
    const fromRead = computeReportFromSummaries(read, options);
    expect(figures(fromRead)).toEqual(figures(everyCase));
    expect(everyCase.members).toEqual(expect.arrayContaining(fromRead.members));
    // Whole cases give the same report; so do summaries read for an earlier start (the page's worker keeps what it read).
    expect(computeReport(inputs, options)).toEqual(fromRead);
    expect(computeReportFromSummaries(summaries.filter((s) => s.activeUntil >= since - 90 * 86_400_000), options)).toEqual(fromRead);
  });
});
