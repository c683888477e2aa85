import * as Y from 'yjs';
import { it } from 'vitest';
import { mulberry32 } from '../core/seeded-random';
import { writeCase } from './case-doc';
import { createdEvent, randomEdit, replica, T0, teamCase, syncAll } from './test-support';
it('size', () => {
  for (const members of [1, 3]) {
    const rng = mulberry32(42);
    const docs = Array.from({ length: members }, (_, i) => replica(i + 1));
    const c = teamCase();
    writeCase(docs[0]!, c, [createdEvent(c)], 't');
    syncAll(...docs);
    let id = 0; let events = 0;
    for (let i = 0; i < 1000; i++) {
      const doc = docs[i % members]!;
      events += randomEdit(doc, rng, `m${i % members}@ftpgate.example.com`, T0 + i * 60_000, () => crypto.randomUUID()).length;
      if (members > 1 && i % 10 === 0) syncAll(...docs);
    }
    syncAll(...docs);
    const full = Y.encodeStateAsUpdate(docs[0]!);
    const tl = docs[0]!.getArray('timeline').toJSON();
    const json = JSON.stringify(tl).length;
    const stateOnly = replica(9); const src = docs[0]!;
    // the same document without its timeline: replay the state into a fresh doc minus the array
    const copy = new Y.Doc(); Y.applyUpdate(copy, full); copy.getArray('timeline').delete(0, copy.getArray('timeline').length);
    const without = Y.encodeStateAsUpdate(copy).length; void stateOnly; void src;
    console.log('without timeline (deleted+GC)', without);
    console.log({ members, events, bytes: full.length, v2: Y.encodeStateAsUpdateV2(docs[0]!).length, timelineJson: json, notes: docs[0]!.getText('notes').length });
  }
});
