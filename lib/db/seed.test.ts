import { describe, expect, it } from 'vitest';
import { CaseEvent, SupportCase } from '../model/case';
import { toCaseRow } from './case-row';
import { mulberry32, seedCases } from './seed';
import { encodeTimeline, groupByCase } from './timeline-row';

const now = Date.parse('2026-11-26T12:00:00Z');

describe('seedCases', () => {
  const { cases, events } = seedCases(500, 10, now, mulberry32(42));

  it('is deterministic for a seed and different for another', () => {
    expect(seedCases(20, 10, now, mulberry32(42)).cases).toEqual(cases.slice(0, 20));
    expect(seedCases(20, 10, now, mulberry32(43)).cases[0]?.id).not.toBe(cases[0]?.id);
  });

  it('makes valid cases and events, with unique ids, events pointing at their case', () => {
    expect(cases.every((c) => SupportCase.safeParse(c).success)).toBe(true);
    expect(events.every((event) => CaseEvent.safeParse(event).success)).toBe(true);
    expect(new Set(cases.map((c) => c.id)).size).toBe(500);
    expect(events).toHaveLength(5000);
    const ids = new Set(cases.map((c) => c.id));
    expect(events.every((event) => ids.has(event.caseId))).toBe(true);
  });

  it('keeps the invariant dueAt set exactly when something waits', () => {
    expect(cases.every((c) => (c.dueAt !== null) === c.awaitingSince.length > 0)).toBe(true);
  });

  it('keeps stored rows lean: under 2 KB per case with its 10-event timeline (UTF-8 JSON, index keys included)', () => {
    const bytes = (row: unknown): number => Buffer.byteLength(JSON.stringify(row));
    const timelines = [...groupByCase(events)].map(([caseId, list]) => encodeTimeline(caseId, list));
    const perCase = (cases.reduce((sum, c) => sum + bytes(toCaseRow(c)), 0) + timelines.reduce((sum, row) => sum + bytes(row), 0)) / cases.length;
    expect(perCase).toBeLessThan(2048);
  });
});
