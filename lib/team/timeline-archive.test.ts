import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../model/case';
import { readCase, writeCase } from './case-doc';
import { at, createdEvent, KEY, replica, syncAll, T0, teamCase } from './test-support';
import { archiveOldEvents, historyPeriods, HOT_TIMELINE_KEEP, HOT_TIMELINE_MAX, periodOf, periodsToArchive, readArchive } from './timeline-archive';

const event = (i: number, when: number, actor = 'alice@ftpgate.example.com'): CaseEvent => ({ id: `ev-${actor[0]}-${i}`, caseId: KEY, at: when, actor, type: 'note_changed', from: null, to: null, reason: 'Notes edited' });

function caseWith(events: CaseEvent[], clientID = 1): Y.Doc {
  const doc = replica(clientID);
  const c = teamCase();
  writeCase(doc, c, [createdEvent(c), ...events], 'test');
  return doc;
}

const archivesFor = (doc: Y.Doc, clientID = 1): Map<string, Y.Doc> => new Map(periodsToArchive(doc).map((p) => [p, replica(clientID)]));
const ids = (events: readonly CaseEvent[]): string[] => events.map((e) => e.id).sort();

describe('periodOf', () => {
  it.each([
    [at('2025-03-03T09:14:07Z'), '2025-03'],
    [at('2025-12-31T23:59:59Z'), '2025-12'],
    [at('2026-01-01T00:00:00Z'), '2026-01'],
    [0, '1970-01'],
    [Number.NaN, '1970-01'],
  ])('%s → %s', (time, period) => expect(periodOf(time)).toBe(period));
});

describe('archiveOldEvents', () => {
  it('leaves a timeline of up to HOT_TIMELINE_MAX events alone', () => {
    const doc = caseWith(Array.from({ length: HOT_TIMELINE_MAX - 1 }, (_, i) => event(i, T0 + i)));
    expect(periodsToArchive(doc)).toEqual([]);
    expect(archiveOldEvents(doc, new Map(), 'test')).toBe(0);
    expect(doc.getArray('timeline').length).toBe(HOT_TIMELINE_MAX);
  });

  it('moves all but the newest HOT_TIMELINE_KEEP into their months, listed in the case document', () => {
    const month = 31 * 86_400_000;
    const events = Array.from({ length: 60 }, (_, i) => event(i, T0 + Math.floor((i * 2 * month) / 60)));
    const doc = caseWith(events);
    const archives = archivesFor(doc);
    expect([...archives.keys()]).toEqual(['2025-03', '2025-04']);
    expect(archiveOldEvents(doc, archives, 'test')).toBe(61 - HOT_TIMELINE_KEEP);
    expect(doc.getArray('timeline').length).toBe(HOT_TIMELINE_KEEP);
    expect(historyPeriods(doc)).toEqual(['2025-03', '2025-04']);
    const kept = [...readCase(doc)!.events, ...[...archives.values()].flatMap((a) => readArchive(a, KEY))];
    expect(ids(kept)).toEqual(ids([createdEvent(teamCase()), ...events]));
    // Each archived event is in the month of its time.
    for (const [period, archive] of archives) for (const e of readArchive(archive, KEY)) expect(periodOf(e.at)).toBe(period);
  });

  it("moves nothing when a month's archive is not loaded yet", () => {
    const doc = caseWith(Array.from({ length: 60 }, (_, i) => event(i, T0 + i)));
    expect(archiveOldEvents(doc, new Map(), 'test')).toBe(0);
    expect(doc.getArray('timeline').length).toBe(61);
  });

  it('two members moving at once lose nothing and read every event once', () => {
    const alice = caseWith(Array.from({ length: 50 }, (_, i) => event(i, T0 + i)), 1);
    const bob = replica(2);
    syncAll(alice, bob);
    // Both add an event offline, then both move.
    const more = readCase(alice)!;
    writeCase(alice, more.case, [event(100, T0 + 100)], 'test');
    writeCase(bob, readCase(bob)!.case, [event(200, T0 + 200, 'bob@ftpgate.example.com')], 'test');
    const aliceArchives = archivesFor(alice, 1);
    const bobArchives = archivesFor(bob, 2);
    archiveOldEvents(alice, aliceArchives, 'test');
    archiveOldEvents(bob, bobArchives, 'test');
    syncAll(alice, bob);
    syncAll(aliceArchives.get('2025-03')!, bobArchives.get('2025-03')!);
    for (const [doc, archives] of [[alice, aliceArchives], [bob, bobArchives]] as const) {
      const all = [...readCase(doc)!.events, ...[...archives.values()].flatMap((a) => readArchive(a, KEY))];
      const unique = new Set(all.map((e) => e.id));
      expect(unique.size).toBe(53);
      expect(unique.has('ev-a-100') && unique.has('ev-b-200')).toBe(true);
    }
    expect(readCase(alice)!.events).toEqual(readCase(bob)!.events);
  });

  it('drops tuples that are not events (another build, a hostile member) and ignores junk in the month list', () => {
    const doc = caseWith(Array.from({ length: 60 }, (_, i) => event(i, T0 + i)));
    doc.getArray('timeline').insert(0, ['junk', 42, { id: 'x' }] as never[]);
    doc.getMap('history').set('../../board', true);
    doc.getMap('history').set('2025-3', true);
    const archives = archivesFor(doc);
    archiveOldEvents(doc, archives, 'test');
    expect(historyPeriods(doc)).toEqual(['2025-03']);
    expect(readArchive(archives.get('2025-03')!, KEY).length).toBe(61 + 3 - HOT_TIMELINE_KEEP - 3);
  });

  it('is linear: 20,000 events move in well under a second', () => {
    const doc = caseWith(Array.from({ length: 20_000 }, (_, i) => event(i, T0 + i * 60_000)));
    const started = performance.now();
    const archives = archivesFor(doc);
    archiveOldEvents(doc, archives, 'test');
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(doc.getArray('timeline').length).toBe(HOT_TIMELINE_KEEP);
  });
});
