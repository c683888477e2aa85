/**
 * A page read done in steps: a generator that yields between chunks of page nodes and returns
 * its result. The page runs the steps in short tasks (lib/content/read-in-slices.ts), so even
 * the first, cold read of a long mail never holds the host page's main thread; tests and
 * small reads run them all at once with `finishSteps`.
 */
export type Steps<T> = Generator<void, T, void>;

/** Nodes a tree walk visits between two yields: well under a millisecond, even in cold code. */
export const NODES_PER_STEP = 256;

/** Runs every step now and returns the result. */
export function finishSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
