import { describe, expect, it } from 'vitest';
import { forEachChunk } from './read-in-chunks';
import { openTestDb } from './test-db';

describe('forEachChunk', () => {
  it.each([
    [0, 4, []],
    [3, 4, [3]],
    [8, 4, [4, 4]],
    [9, 4, [4, 4, 1]],
  ])('%i rows in chunks of %i: every row once, in key order (chunks %j)', async (count, size, sizes) => {
    const db = openTestDb(undefined, `chunks-${count}-${size}`);
    await db.open();
    const ids = Array.from({ length: count }, (_, i) => `timeline:${String(i).padStart(3, '0')}`);
    await db.timelines.bulkPut([...ids].reverse().map((caseId) => ({ caseId, values: [], events: [] })));
    const seen: string[][] = [];
    await db.transaction('r', db.timelines, () =>
      forEachChunk(db.timelines, (row) => row.caseId, size, (chunk) => seen.push(chunk.map((row) => row.caseId))),
    );
    expect(seen.map((chunk) => chunk.length)).toEqual(sizes);
    expect(seen.flat()).toEqual(ids);
    db.close();
  });
});
