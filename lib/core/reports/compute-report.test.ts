import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../model/settings';
import { computeReport, type ReportInput } from './compute-report';
import { reportCsv } from './report-csv';
import { reportSummary } from './report-summary';
import { at, event, input, reportedCase } from './test-cases';

// London (UTC in winter), Mon-Fri 09:00-17:30 (8.5 h), Christmas Day and the Boxing Day substitute (Mon 28 Dec) off.
const holidays = new Set(['2026-12-25', '2026-12-28']);
const options = { from: '2026-11-30', to: '2026-12-27', member: null, calendar: defaultSettings.calendar, isHoliday: (d: string) => holidays.has(d), now: at('2026-12-30T12:00:00Z') };
const alice = 'alice@vendor.example';
const bob = 'bob@vendor.example';

/** Hand-built timelines, each with the figure it should produce. */
const cases: ReportInput[] = [
  // Week 1 (30 Nov - 6 Dec): Monday 10:00, answered 12:00: 2 business hours, in time.
  input(reportedCase('A', '2026-11-30T10:00:00Z', { owner: alice, category: 'defect' }), event('staff_reply', '2026-11-30T12:00:00Z')),
  // Friday 16:30, answered Monday 10:00: 1 h + 1 h = 2 h; due Monday 17:30, in time.
  input(reportedCase('B', '2026-12-04T16:30:00Z', { owner: alice, category: 'defect' }), event('staff_reply', '2026-12-07T10:00:00Z')),
  // Saturday noon (counts as Monday), answered Tuesday 17:00: 8.5 + 8 = 16.5 h; due Tuesday 17:30, in time.
  input(reportedCase('C', '2026-12-05T12:00:00Z', { owner: bob, category: 'question' }), event('staff_reply', '2026-12-08T17:00:00Z')),
  // Monday 09:00, answered Wednesday 10:00: 8.5 + 8.5 + 1 = 18 h; due Tuesday 17:30, missed.
  input(reportedCase('D', '2026-11-30T09:00:00Z'), event('staff_reply', '2026-12-02T10:00:00Z')),
  // Week 2: Wednesday 10:00, never answered: due Thursday 17:30, missed (and overdue in the backlog from then on).
  input(reportedCase('F', '2026-12-09T10:00:00Z', { owner: alice, category: 'defect', awaitingSince: [at('2026-12-09T10:00:00Z')] })),
  // Wednesday 11:00, closed at noon without an answer (an auto-reply): not a response, not missed.
  input(reportedCase('G', '2026-12-09T11:00:00Z', { category: 'auto_reply', status: 'closed' }), event('status_changed', '2026-12-09T12:00:00Z', 'closed')),
  // Week 4: Christmas Eve 10:00, answered Tuesday 29th 10:00: 7.5 + 1 = 8.5 h. Due over Christmas,
  // the week-end and the Boxing Day substitute: Tuesday 29th 17:30, in time.
  input(reportedCase('E', '2026-12-24T10:00:00Z', { owner: bob, category: 'question' }), event('staff_reply', '2026-12-29T10:00:00Z')),
  // Created before the period, re-opened in week 3 (answered within the hour).
  input(
    reportedCase('H', '2026-11-23T10:00:00Z', { owner: bob, category: 'question', status: 'waiting_customer' }),
    event('staff_reply', '2026-11-23T11:00:00Z'),
    event('status_changed', '2026-11-23T11:00:00Z', 'waiting_customer'),
    event('customer_message', '2026-12-14T10:00:00Z'),
    event('reopened', '2026-12-14T10:00:00Z', 'in_progress'),
    event('staff_reply', '2026-12-14T11:00:00Z'),
  ),
  // Waits on a developer: I from 20 Nov to 3 Dec (13 days, ended in week 1); J from 8 Dec, still.
  input(reportedCase('I', '2026-11-01T10:00:00Z', { originator: 'staff', status: 'in_progress' }), event('status_changed', '2026-11-20T10:00:00Z', 'waiting_developer'), event('status_changed', '2026-12-03T10:00:00Z', 'in_progress')),
  input(reportedCase('J', '2026-11-01T10:00:00Z', { originator: 'staff', status: 'waiting_developer' }), event('status_changed', '2026-12-08T10:00:00Z', 'waiting_developer')),
];

describe('computeReport over hand-built timelines', () => {
  const report = computeReport(cases, options);

  it('first response per week: medians and p90 in business hours, deadline hits across week-ends and holidays', () => {
    expect(report.firstResponse.weeks).toEqual([
      // [2, 2, 16.5, 18]: median 9.25, p90 16.5 + 0.7 × 1.5 = 17.55; deadlines allowed: 16, 9.5, 17 (Saturday counts as Monday: Monday and Tuesday), 17.
      { week: '2026-11-30', answered: 4, medianHours: 9.25, p90Hours: 17.55, withinDeadline: 3, missedDeadline: 1, allowedMedianHours: 16.5 },
      { week: '2026-12-07', answered: 0, medianHours: null, p90Hours: null, withinDeadline: 0, missedDeadline: 1, allowedMedianHours: null },
      { week: '2026-12-14', answered: 0, medianHours: null, p90Hours: null, withinDeadline: 0, missedDeadline: 0, allowedMedianHours: null },
      { week: '2026-12-21', answered: 1, medianHours: 8.5, p90Hours: 8.5, withinDeadline: 1, missedDeadline: 0, allowedMedianHours: 16 },
    ]);
    // [2, 2, 8.5, 16.5, 18]
    expect(report.firstResponse.overall).toEqual({ answered: 5, medianHours: 8.5, p90Hours: 17.4, withinDeadline: 4, missedDeadline: 2 });
  });

  it('backlog at the end of each day: waiting, and overdue once the deadline passed', () => {
    const byDate = Object.fromEntries(report.backlog.map((d) => [d.date, [d.needsResponse, d.overdue]]));
    expect(report.backlog).toHaveLength(28);
    expect(byDate).toMatchObject({
      '2026-11-30': [1, 0], // D
      '2026-12-01': [1, 1], // D, past Tuesday 17:30
      '2026-12-02': [0, 0],
      '2026-12-04': [1, 0], // B
      '2026-12-05': [2, 0], // B, C
      '2026-12-07': [1, 0], // C
      '2026-12-08': [0, 0],
      '2026-12-09': [1, 0], // F (G closed at noon)
      '2026-12-10': [1, 1],
      '2026-12-14': [1, 1], // H's re-opening was answered within the hour
      '2026-12-24': [2, 1], // E, F
      '2026-12-27': [2, 1], // E not due before the 29th
    });
  });

  it('new cases per category per week, re-openings, waits on a developer, owners', () => {
    expect(report.categories.names).toEqual(['defect', 'question', 'auto_reply', 'uncategorised']);
    expect(report.categories.weeks.map((w) => w.counts)).toEqual([[2, 1, 0, 1], [1, 0, 1, 0], [0, 0, 0, 0], [0, 1, 0, 0]]);
    expect(report.reopened.map((w) => w.reopenings)).toEqual([0, 0, 1, 0]);
    expect(report.developer).toEqual([
      { week: '2026-11-30', waitsEnded: 1, medianDays: 13, waitingAtEnd: 0 },
      { week: '2026-12-07', waitsEnded: 0, medianDays: null, waitingAtEnd: 1 },
      { week: '2026-12-14', waitsEnded: 0, medianDays: null, waitingAtEnd: 1 },
      { week: '2026-12-21', waitsEnded: 0, medianDays: null, waitingAtEnd: 1 },
    ]);
    expect(report.owners).toEqual([
      { owner: alice, created: 3, waitingAtEnd: 1, medianFirstResponseHours: 2 },
      { owner: bob, created: 2, waitingAtEnd: 1, medianFirstResponseHours: 12.5 },
      { owner: null, created: 2, waitingAtEnd: 0, medianFirstResponseHours: 18 },
    ]);
    expect(report.members).toEqual([alice, bob]);
  });

  it('a member filter keeps that member’s cases only', () => {
    const mine = computeReport(cases, { ...options, member: 'Alice@Vendor.example' });
    expect(mine.cases).toBe(3);
    expect(mine.firstResponse.overall).toEqual({ answered: 2, medianHours: 2, p90Hours: 2, withinDeadline: 2, missedDeadline: 1 });
    expect(mine.members).toEqual([alice, bob]);
  });

  it('without the holidays, Christmas Eve’s case would have been late (and taken 25.5 business hours)', () => {
    const noHolidays = computeReport(cases, { ...options, isHoliday: () => false });
    expect(noHolidays.firstResponse.weeks[3]).toMatchObject({ answered: 1, medianHours: 7.5 + 8.5 + 8.5 + 1, withinDeadline: 0, missedDeadline: 1 });
  });

  it('summary lines and CSV carry the same figures', () => {
    expect(reportSummary(report, 'firstResponse')).toBe('First response: 5 cases answered, median 8.5 h, 90th percentile 17.4 h in business hours; 4 of 6 within the deadline (67%).');
    expect(reportSummary(report, 'backlog')).toBe('Backlog on 2026-12-27: 2 cases needing a response, 1 overdue; highest 2 on 2026-12-05, most overdue on one day 1.');
    expect(reportSummary(report, 'categories')).toBe('New cases: 7 in the period — defect 3, question 2, auto reply 1, uncategorised 1.');
    expect(reportSummary(report, 'reopened')).toBe('Re-opened: 1 re-opening in the period, most in the week from 2026-12-14 (1).');
    expect(reportCsv(report, 'firstResponse')).toBe(
      'week_from,answered,median_business_hours,p90_business_hours,within_deadline,missed_deadline,deadline_median_business_hours\r\n' +
        '2026-11-30,4,9.25,17.55,3,1,16.5\r\n2026-12-07,0,,,0,1,\r\n2026-12-14,0,,,0,0,\r\n2026-12-21,1,8.5,8.5,1,0,16\r\n',
    );
    expect(reportCsv({ ...report, owners: [{ owner: '=cmd()', created: 1, waitingAtEnd: 0, medianFirstResponseHours: null }] }, 'owners')).toContain("'=cmd(),1,0,\r\n");
  });

  it('a period that ends in the past is measured at its end; days after now are left out', () => {
    const early = computeReport(cases, { ...options, now: at('2026-12-10T12:00:00Z') });
    expect(early.backlog.at(-1)).toEqual({ date: '2026-12-10', needsResponse: 1, overdue: 0 });
    // F is not due before Thursday 17:30: not missed yet.
    expect(early.firstResponse.weeks[1]).toMatchObject({ missedDeadline: 0 });
  });
});
