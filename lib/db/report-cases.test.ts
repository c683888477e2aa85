import { describe, expect, it } from 'vitest';
import { mulberry32, seedCases } from './seed';
import { toCaseRow } from './case-row';
import { loadReportInput, reportedEvents } from './report-cases';
import { openTestDb } from './test-db';
import { encodeTimeline, groupByCase } from './timeline-row';

const DAY = 86_400_000;
const now = Date.parse('2026-12-05T12:00:00Z');

async function seeded(n: number) {
  const db = openTestDb();
  const { cases, events } = seedCases(n, 6, now, mulberry32(7));
  await db.cases.bulkPut(cases.map(toCaseRow));
  await db.timelines.bulkPut([...groupByCase(events)].map(([caseId, list]) => encodeTimeline(caseId, list)));
  return { db, cases, events };
}

describe('loadReportInput', () => {
  it.each([
    ['four weeks (a case at a time)', 28],
    ['a year (the whole timelines table)', 400],
  ])('%s: exactly the cases waiting now or written since, each with its timeline in order', async (_, days) => {
    const { db, cases, events } = await seeded(300);
    const since = now - days * DAY;
    const { input, problems } = await loadReportInput(db, since);
    const expected = cases.filter((c) => c.awaitingSince.length > 0 || c.updatedAt >= since).map((c) => c.id).sort();
    expect(input.map((item) => item.case.id).sort()).toEqual(expected);
    expect(expected.length).toBeGreaterThan(days === 28 ? 20 : 250);
    expect(expected.length).toBeLessThan(days === 28 ? 200 : 301);
    const one = input[0]!;
    expect(one.events).toEqual(events.filter((e) => e.caseId === one.case.id).map(({ at, type, from, to }) => ({ at, type, from, to })));
    expect(problems).toEqual([]);
  });

  it('reports rows that do not fit instead of dropping them silently', async () => {
    const { db, cases } = await seeded(5);
    const waiting = { ...toCaseRow(cases[0]!), id: 'gmail:x:bad', status: 'lost', sortKey: 1 };
    await db.cases.put(waiting as never);
    await db.timelines.put({ caseId: cases[1]!.id, values: ['created'], events: [['e1', 'yesterday', 0, 0, 0, 0, 0], ['e2', 5, 0, 0, 0, 0, 0]] });
    const { input, problems } = await loadReportInput(db, now - 400 * DAY);
    expect(input.map((item) => item.case.id)).not.toContain('gmail:x:bad');
    expect(problems.some((line) => line.startsWith('cases "gmail:x:bad": status'))).toBe(true);
    expect(problems).toContain(`timelines ${JSON.stringify(cases[1]!.id)}: 1 event without a valid time or type left out`);
    expect(input.find((item) => item.case.id === cases[1]!.id)?.events).toEqual([{ at: 5, type: 'created', from: 'created', to: 'created' }]);
  });
});

describe('reportedEvents', () => {
  it('reads a row that is not a timeline as no events, with a problem', () => {
    const problems: string[] = [];
    expect(reportedEvents('c1', { caseId: 'c1', events: 'none' }, problems)).toEqual([]);
    expect(reportedEvents('c2', undefined, problems)).toEqual([]);
    expect(problems).toEqual(['timelines "c1": events: not a list of events']);
  });
});
