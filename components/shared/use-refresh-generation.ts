import { useEffect, useState } from 'preact/hooks';

/**
 * A counter that goes up `delayMs` after the first of a burst of events (cases changing while a
 * page is open): the page re-reads once per burst, not once per saved case. `subscribe` calls its
 * listener for each event and stops when the signal aborts (e.g. lib/messaging onPush).
 */
export function useRefreshGeneration(subscribe: (listener: () => void, signal: AbortSignal) => void, delayMs: number): number {
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    const stop = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    subscribe(() => {
      if (timer !== undefined) return;
      timer = setTimeout(() => {
        timer = undefined;
        setGeneration((g) => g + 1);
      }, delayMs);
    }, stop.signal);
    return () => {
      stop.abort();
      clearTimeout(timer);
    };
    // Subscribed once per page (`subscribe` is a new function each render; its filter never changes).
  }, [delayMs]);
  return generation;
}
