import type { Steps } from '../hosts/read-steps';

/** Longest the page's main thread runs Casebook's reading at a time; a frame is ~16 ms. */
export const SLICE_MS = 6;

/** A new task at once: unlike `setTimeout(0)`, a message is not throttled in a background tab. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });
}

/**
 * Runs a page read (lib/hosts/read-steps.ts) in tasks of about SLICE_MS, so the host page stays
 * responsive while a long mail is read, even in cold code on a first read. Null when `signal`
 * aborts first (the user moved on).
 */
export async function readInSlices<T>(steps: Steps<T>, signal: AbortSignal): Promise<T | null> {
  for (let end = performance.now() + SLICE_MS; ; ) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() > end) {
      await nextTask();
      if (signal.aborted) return null;
      end = performance.now() + SLICE_MS;
    }
  }
}
