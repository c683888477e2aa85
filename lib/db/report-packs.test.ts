import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../core/seeded-random';
import { caseSummary, type CaseSummary } from '../core/reports/case-summary';
import { at, generatedInputs } from '../core/reports/test-cases';
import { CASES_PER_PACK, packSummaries, unpackSummaries } from './report-packs';
import { encodeSummary } from './report-summaries';

const now = at('2026-12-30T15:00:00Z');
const summaries = generatedInputs(CASES_PER_PACK + 150, mulberry32(31), now).map((item) => caseSummary(item.case, item.events));
const rows = summaries.map(encodeSummary);
const byId = (list: Iterable<CaseSummary>): CaseSummary[] => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('packSummaries / unpackSummaries', () => {
  it('give back every summary, in packs of CASES_PER_PACK, and only those active since a moment when asked', () => {
    const packs = packSummaries(rows);
    expect(packs.map((pack) => pack.ids.length)).toEqual([CASES_PER_PACK, 150]);
    // In activeUntil order, each pack knowing its last.
    expect(packs[0]!.until).toBeLessThanOrEqual(packs[1]!.until);
    expect(packs[1]!.until).toBe(Math.max(...rows.map((row) => row.activeUntil)));
    const all = new Map<string, CaseSummary>();
    for (const pack of structuredClone(packs)) expect(unpackSummaries(pack, -Infinity, all)).toBe(true);
    expect(byId(all.values())).toEqual(byId(summaries));

    const since = at('2026-12-01T00:00:00Z');
    const recent = new Map<string, CaseSummary>();
    for (const pack of packs) unpackSummaries(pack, since, recent);
    expect(byId(recent.values())).toEqual(byId(summaries.filter((summary) => summary.activeUntil >= since)));
    expect(recent.size).toBeLessThan(rows.length);
  });

  it('a pack that is not one (damaged, or from another build) gives nothing and says so', () => {
    const [pack] = packSummaries(rows.slice(0, 20));
    const into = new Map<string, CaseSummary>();
    for (const bad of [null, { ...pack, data: [1, 2, 3] }, { ...pack, data: pack!.data.subarray(0, pack!.data.length - 1) }, { ...pack, data: Float64Array.from([...pack!.data, 7]) }, { ...pack, ids: [...pack!.ids, 'one more'] }, { ...pack, data: pack!.data.map((value, index) => (index === 7 ? 5 : value)) }]) {
      expect(unpackSummaries(bad, -Infinity, into)).toBe(false);
    }
    expect(into.size).toBe(0);
  });
});
