import { describe, expect, it } from 'vitest';
import type { Steps } from '../hosts/read-steps';
import { readInSlices, SLICE_MS } from './read-in-slices';

/** Steps that each keep the thread busy for `ms`, and note whether another task ran before each. */
function* busySteps(count: number, ms: number, log: { otherTaskRanBefore: boolean[] }, flag: { ran: boolean }): Steps<string> {
  for (let i = 0; i < count; i++) {
    log.otherTaskRanBefore.push(flag.ran);
    flag.ran = false;
    const until = performance.now() + ms;
    while (performance.now() < until) {
      /* busy, as a cold read of a long mail is */
    }
    // Another task that wants to run as soon as the page is free (a click, a paint).
    setTimeout(() => (flag.ran = true), 0);
    if (i < count - 1) yield;
  }
  return 'done';
}

describe('readInSlices', () => {
  it('lets other tasks run between slices, and returns the read', async () => {
    const log = { otherTaskRanBefore: [] as boolean[] };
    const result = await readInSlices(busySteps(12, SLICE_MS / 2, log, { ran: false }), new AbortController().signal);
    expect(result).toBe('done');
    // At SLICE_MS / 2 per step, at most two or three steps run in one task, then the page's turn.
    expect(log.otherTaskRanBefore.filter(Boolean).length).toBeGreaterThanOrEqual(3);
  });

  it('runs a short read in one go', async () => {
    const log = { otherTaskRanBefore: [] as boolean[] };
    expect(await readInSlices(busySteps(3, 0, log, { ran: false }), new AbortController().signal)).toBe('done');
    expect(log.otherTaskRanBefore).toEqual([false, false, false]);
  });

  it('stops with null when the user moved on before it finished', async () => {
    const abort = new AbortController();
    const log = { otherTaskRanBefore: [] as boolean[] };
    const reading = readInSlices(busySteps(50, SLICE_MS, log, { ran: false }), abort.signal);
    abort.abort();
    expect(await reading).toBeNull();
    expect(log.otherTaskRanBefore.length).toBeLessThan(50);
  });
});
