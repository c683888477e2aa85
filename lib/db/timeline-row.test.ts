import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { beforeAll, describe, expect, it } from 'vitest';
import { CaseEvent } from '../model/case';
import { parseRows } from './read-rows';
import { decodeTimeline, encodeTimeline, parseTimelineRows, withEvents, type StoredEvent } from './timeline-row';
import { mulberry32, seedCases } from './seed';

beforeAll(() => z.config(en()));
const now = Date.parse('2026-11-26T12:00:00Z');
const caseId = 'gmail:alice@x.com:18c2';
const event = (id: string, at: number, more: Partial<CaseEvent> = {}): CaseEvent => ({ id, caseId, at, actor: 'casebook', type: 'customer_message', from: null, to: null, reason: 'From Jane <jane@x.com>', ...more });

describe('timeline rows', () => {
  const seeded = seedCases(3, 10, now, mulberry32(4));
  const firstCase = seeded.events.filter((e) => e.caseId === seeded.cases[0]!.id);

  it.each<[string, CaseEvent[]]>([
    ['a seeded timeline', firstCase],
    ['no events', []],
    ['same moment, kept in the order given', [event('b', 5), event('a', 5), event('c', 5)]],
    ['every field different', [event('e1', 1, { actor: 'bob@x.com', type: 'status_changed', from: 'new', to: 'closed', reason: '' }), event('e2', 2, { actor: '', from: 'closed', to: 'new', reason: 'new' })]],
    ['unicode and odd text', [event('é', -1, { reason: 'Tomás “quoted” \u0000 \ud83d\ude00', actor: 'null' })]],
  ])('%s: decode(encode(x)) is x', (_name, events) => {
    const row = structuredClone(encodeTimeline(events[0]?.caseId ?? caseId, events));
    expect(parseTimelineRows([row])).toEqual({ rows: events, problems: [] });
  });

  it('stores each repeated value once and no field names or case id per event', () => {
    const row = encodeTimeline(caseId, [event('a', 1), event('b', 2), event('c', 3, { type: 'staff_reply', reason: 'From alice@x.com' })]);
    expect(row.values).toEqual(['casebook', 'customer_message', null, 'From Jane <jane@x.com>', 'staff_reply', 'From alice@x.com']);
    expect(row.events).toEqual([['a', 1, 0, 1, 2, 2, 3], ['b', 2, 0, 1, 2, 2, 3], ['c', 3, 0, 4, 2, 2, 5]]);
    const perEventRow = firstCase.reduce((sum, e) => sum + JSON.stringify(e).length, 0);
    expect(JSON.stringify(encodeTimeline(firstCase[0]!.caseId, firstCase)).length).toBeLessThan(perEventRow / 2);
  });

  it('odd stored rows and events are reported, the good events still read', () => {
    const good = encodeTimeline(caseId, [event('a', 1)]);
    const oddEvent = { ...good, events: [...good.events, ['b', 'yesterday', 0, 1, 2, 2, 3], 'junk', ['c', 2, 0, 99, 2, 2, 3]] };
    const { rows, problems } = parseTimelineRows([oddEvent, { caseId: 'gmail:y:z', events: 'lost' }, null, undefined]);
    expect(rows).toEqual([event('a', 1)]);
    expect(problems).toEqual([
      'events "b": at: Invalid input: expected number, received string',
      expect.stringMatching(/^events "\(no id\)": /),
      expect.stringMatching(/^events "c": type: Invalid option/),
      'timelines "gmail:y:z": events: not a list of events',
      'timelines "(no case id)": events: not a list of events',
    ]);
    // Re-encoding keeps an odd event as it was (a later save must not drop it).
    const again = encodeTimeline(caseId, decodeTimeline(oddEvent));
    expect(decodeTimeline(again)).toEqual(decodeTimeline(oddEvent));
  });
});

describe('parseTimelineRows gives the same verdict as CaseEvent on each decoded event', () => {
  const good = event('a', 1);
  it.each<[string, Record<string, unknown>]>([
    ['empty id', { id: '' }],
    ['numeric id', { id: 7 }],
    ['time NaN', { at: Number.NaN }],
    ['time Infinity', { at: Number.POSITIVE_INFINITY }],
    ['from set, to null', { from: 'new', to: null }],
    ['actor null', { actor: null }],
    ['reason missing', { reason: undefined }],
    ['unknown type', { type: 'emailed' }],
    ['empty case id', { caseId: '' }],
  ])('%s', (_name, change) => {
    const odd = { ...good, ...change };
    const row = encodeTimeline(typeof odd.caseId === 'string' ? odd.caseId : caseId, [good, odd as StoredEvent, good]);
    expect(parseTimelineRows([row])).toEqual(parseRows(CaseEvent, 'events', decodeTimeline(row)));
  });
  it('an index outside the values is an error, not undefined accepted', () => {
    const row = encodeTimeline(caseId, [good]);
    row.events[0]![6] = 42;
    expect(parseTimelineRows([row]).problems).toEqual(['events "a": reason: Invalid input: expected string, received undefined']);
  });
});

describe('withEvents', () => {
  const ids = (events: readonly StoredEvent[]): unknown[] => events.map((e) => e.id);
  it.each<[string, CaseEvent[], CaseEvent[], string[]]>([
    ['appends newer events', [event('a', 1), event('b', 2)], [event('c', 3), event('d', 3)], ['a', 'b', 'c', 'd']],
    ['an older event goes into its place', [event('a', 1), event('c', 3)], [event('b', 2)], ['a', 'b', 'c']],
    ['same moment: after the ones already there', [event('a', 2), event('b', 2)], [event('0', 2)], ['a', 'b', '0']],
    ['same id replaces (and moves to its new time)', [event('a', 1), event('b', 2), event('c', 3)], [event('a', 4, { reason: 'edited' })], ['b', 'c', 'a']],
    ['into an empty timeline', [], [event('b', 2), event('a', 1)], ['a', 'b']],
  ])('%s', (_name, timeline, added, expected) => {
    const result = withEvents(timeline, added);
    expect(ids(result)).toEqual(expected);
    expect(result.filter((e) => e.id === 'a').length).toBeLessThanOrEqual(1);
  });

  it('an event with an odd time stays first and does not stop the others', () => {
    const odd = { ...event('x', 0), at: 'yesterday' };
    expect(ids(withEvents([odd, event('a', 5)], [event('b', 1)]))).toEqual(['x', 'b', 'a']);
  });
});
