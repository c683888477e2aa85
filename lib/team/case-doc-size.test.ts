import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../core/seeded-random';
import { writeCase } from './case-doc';
import { createdEvent, randomEdit, replica, syncAll, T0, teamCase } from './test-support';

/**
 * Stored size of one case document after 1,000 edits of mixed fields (status, owner, notes,
 * checklists, category, tickets) by three members syncing every 10 edits, event ids as the
 * background makes them (UUIDs). Measured as Y.encodeStateAsUpdate(doc).length (what y-dexie's
 * compaction and the server keep), with Yjs GC on (the default).
 */
function thousandEdits(): { doc: Y.Doc; events: number } {
  const rng = mulberry32(42);
  const docs = [replica(1), replica(2), replica(3)];
  const c = teamCase();
  writeCase(docs[0]!, c, [createdEvent(c)], 'test');
  syncAll(...docs);
  let events = 1;
  let n = 0;
  for (let edit = 0; edit < 1_000; edit += 1) {
    const id = (): string => `${(n++).toString(16).padStart(8, '0')}-4e1f-4a7b-9c2d-${(0x1a2b3c4d5e6f + n).toString(16)}`;
    events += randomEdit(docs[edit % 3]!, rng, ['alice', 'bob', 'carol'][edit % 3] + '@ftpgate.example.com', T0 + edit * 60_000, id).length;
    if (edit % 10 === 9) syncAll(...docs);
  }
  syncAll(...docs);
  return { doc: docs[0]!, events };
}

describe('case document size after 1,000 edits', () => {
  it('is dominated by the timeline: the case state alone stays within 20 KB', () => {
    const { doc, events } = thousandEdits();
    const whole = Y.encodeStateAsUpdate(doc).length;
    // The same document without its timeline (deleted, so GC keeps only its length).
    const stateOnly = new Y.Doc();
    Y.applyUpdate(stateOnly, Y.encodeStateAsUpdate(doc));
    stateOnly.getArray('timeline').delete(0, stateOnly.getArray('timeline').length);
    const state = Y.encodeStateAsUpdate(stateOnly).length;
    const timelineJson = JSON.stringify(doc.getArray('timeline').toJSON()).length;
    console.info(`1,000 edits: ${events} events; document ${whole} B (V2 ${Y.encodeStateAsUpdateV2(doc).length} B); without the timeline ${state} B; timeline as JSON ${timelineJson} B (${Math.round(timelineJson / events)} B/event)`);
    expect(state).toBeLessThan(20_000);
    expect(whole - state).toBeGreaterThan(timelineJson * 0.8);
  });
});
