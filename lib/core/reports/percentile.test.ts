import { describe, expect, it } from 'vitest';
import { quantile } from './percentile';
import { defaultPeriod, periodProblem, weekStarts } from './report-period';

describe('quantile', () => {
  it.each([
    [[], 0.5, null],
    [[7], 0.9, 7],
    [[1, 2, 3, 4], 0.5, 2.5],
    [[4, 1, 3, 2], 0.5, 2.5],
    [[1, 2, 3, 4, 5], 0.5, 3],
    [[2, 2, 16.5, 18], 0.9, 17.55],
    [[10, 20, 30], 0, 10],
    [[10, 20, 30], 1, 30],
  ])('%j at %d -> %s', (values, q, expected) => {
    const result = quantile(values, q);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toBeCloseTo(expected, 10);
  });

  it('leaves its input as it was', () => {
    const values = [3, 1, 2];
    quantile(values, 0.5);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('report periods', () => {
  it('defaults to the 28 days ending today, in weeks from its first day', () => {
    expect(defaultPeriod('2026-12-05')).toEqual({ from: '2026-11-08', to: '2026-12-05' });
    expect(weekStarts('2026-11-08', '2026-12-05')).toEqual(['2026-11-08', '2026-11-15', '2026-11-22', '2026-11-29']);
    expect(weekStarts('2026-12-01', '2026-12-09')).toEqual(['2026-12-01', '2026-12-08']);
  });

  it.each([
    ['2026-11-01', '2026-11-30', null],
    ['2026-12-01', '2026-11-30', 'The start date is after the end date.'],
    ['', '2026-11-30', 'Pick a start and an end date.'],
    ['2020-01-01', '2026-11-30', 'Pick at most 1098 days.'],
  ])('%s..%s -> %s', (from, to, problem) => {
    expect(periodProblem(from, to)).toBe(problem);
  });
});
