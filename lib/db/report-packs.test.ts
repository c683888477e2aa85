import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../core/seeded-random';
import { caseSummary } from '../core/reports/case-summary';
import { at, generatedInputs } from '../core/reports/test-cases';
import { CASES_PER_PACK, packSummaries, unpackSummaries } from './report-packs';
import { encodeSummary, type UnnumberedSummaryRow } from './report-summaries';

const now = at('2026-12-30T15:00:00Z');
const rows = generatedInputs(CASES_PER_PACK + 150, mulberry32(31), now).map((item) => encodeSummary(caseSummary(item.case, item.events)));

describe('packSummaries / unpackSummaries', () => {
  it('give back every summary, in packs of CASES_PER_PACK, and only those active since a moment when asked', () => {
    const packs = packSummaries(rows);
    expect(packs.map((pack) => pack.ids.length)).toEqual([CASES_PER_PACK, 150]);
    const all = new Map<string, UnnumberedSummaryRow>();
    for (const pack of structuredClone(packs)) expect(unpackSummaries(pack, -Infinity, all)).toBe(true);
    expect([...all.values()]).toEqual(rows);

    const since = at('2026-12-01T00:00:00Z');
    const recent = new Map<string, UnnumberedSummaryRow>();
    for (const pack of packs) unpackSummaries(pack, since, recent);
    expect([...recent.values()]).toEqual(rows.filter((row) => row.activeUntil >= since));
    expect(recent.size).toBeLessThan(rows.length);
  });

  it('a pack that is not one (damaged, or from another build) gives nothing and says so', () => {
    const [pack] = packSummaries(rows.slice(0, 20));
    const into = new Map<string, UnnumberedSummaryRow>();
    for (const bad of [null, { ...pack, data: [1, 2, 3] }, { ...pack, data: pack!.data.subarray(0, pack!.data.length - 1) }, { ...pack, data: Float64Array.from([...pack!.data, 7]) }, { ...pack, ids: [...pack!.ids, 'one more'] }]) {
      expect(unpackSummaries(bad, -Infinity, into)).toBe(false);
    }
    expect(into.size).toBe(0);
  });
});
