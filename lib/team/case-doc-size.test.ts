import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../core/seeded-random';
import { readCase, writeCase } from './case-doc';
import { createdEvent, randomEdit, replica, syncAll, T0, teamCase } from './test-support';
import { archiveOldEvents, historyPeriods, HOT_TIMELINE_MAX, periodsToArchive, readArchive } from './timeline-archive';

/** One member's copy: the case document and the archive documents it has loaded, by month. */
interface Member {
  doc: Y.Doc;
  archives: Map<string, Y.Doc>;
}

/** What the background does after a local write: load the months a move needs, then move. */
function afterWrite(member: Member, clientID: number): void {
  for (const period of periodsToArchive(member.doc)) {
    if (!member.archives.has(period)) member.archives.set(period, replica(clientID));
  }
  archiveOldEvents(member.doc, member.archives, 'local');
}

/** Exchanges the case documents and every archive both members have (a provider per document). */
function syncMembers(members: Member[]): void {
  syncAll(...members.map((m) => m.doc));
  const periods = new Set(members.flatMap((m) => historyPeriods(m.doc)));
  for (const period of periods) {
    members.forEach((m, i) => {
      if (!m.archives.has(period)) m.archives.set(period, replica(i + 1));
    });
    syncAll(...members.map((m) => m.archives.get(period)!));
  }
}

/**
 * 1,000 edits of mixed fields (status, owner, notes, checklists, category, tickets) by three
 * members syncing after every edit (online) or every 10 edits (each member moves the same old
 * events before it hears of the others' moves, so the months hold copies, read once), event ids as the background makes them (UUIDs); each member
 * archives after its own writes, as lib/background/team/team-sync does. Sizes are
 * Y.encodeStateAsUpdate(doc).length (what y-dexie's compaction and the server keep), GC on.
 */
function thousandEdits(minutesApart: number, syncEvery: number): { members: Member[]; written: Set<string> } {
  const rng = mulberry32(42);
  const members: Member[] = [1, 2, 3].map((id) => ({ doc: replica(id), archives: new Map() }));
  const c = teamCase();
  const written = new Set<string>(['ev-created']);
  writeCase(members[0]!.doc, c, [createdEvent(c)], 'test');
  syncMembers(members);
  let n = 0;
  for (let edit = 0; edit < 1_000; edit += 1) {
    const id = (): string => `${(n++).toString(16).padStart(8, '0')}-4e1f-4a7b-9c2d-${(0x1a2b3c4d5e6f + n).toString(16)}`;
    const member = members[edit % 3]!;
    const events = randomEdit(member.doc, rng, ['alice', 'bob', 'carol'][edit % 3] + '@ftpgate.example.com', T0 + edit * minutesApart * 60_000, id);
    for (const event of events) written.add(event.id);
    afterWrite(member, (edit % 3) + 1);
    if (edit % syncEvery === syncEvery - 1) syncMembers(members);
  }
  syncMembers(members);
  return { members, written };
}

describe('case document size after 1,000 edits', () => {
  it.each([
    ['in one day, online', 1, 1],
    ['in one day, syncing every 10 edits', 1, 10],
    ['over three months, syncing every 10 edits', 130, 10],
  ])('%s: the case document stays within 20 KB, and every event is kept in it or in its months', (_label, minutesApart, syncEvery) => {
    const { members, written } = thousandEdits(minutesApart, syncEvery);
    const [first] = members;
    const size = Y.encodeStateAsUpdate(first!.doc).length;
    const archiveSizes = [...first!.archives.values()].map((doc) => Y.encodeStateAsUpdate(doc).length);
    const timeline = first!.doc.getArray('timeline').length;
    console.info(
      `1,000 edits ${_label}: ${written.size} events; case document ${size} B with ${timeline} events; ` +
        `${archiveSizes.length} month(s) of history, ${archiveSizes.reduce((a, b) => a + b, 0)} B (${Math.round(archiveSizes.reduce((a, b) => a + b, 0) / written.size)} B/event)`,
    );
    expect(size).toBeLessThan(20_000);
    expect(timeline).toBeLessThanOrEqual(HOT_TIMELINE_MAX);
    for (const member of members) {
      const kept = new Set([...(readCase(member.doc)?.events ?? []), ...[...member.archives.values()].flatMap((doc) => readArchive(doc, 'x'))].map((e) => e.id));
      expect([...written].filter((id) => !kept.has(id))).toEqual([]);
      expect(kept.size).toBe(written.size);
    }
    // Every replica ends with the same document (the moves converged).
    expect(Y.encodeStateVector(members[1]!.doc)).toEqual(Y.encodeStateVector(members[2]!.doc));
    expect(readCase(members[1]!.doc)?.events).toEqual(readCase(members[2]!.doc)?.events);
  });
});
