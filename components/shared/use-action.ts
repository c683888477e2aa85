import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { errorMessage } from './error-message';

export interface Action<A extends unknown[]> {
  /** Runs the callback; never rejects — a failure lands in `error`. */
  run: (...args: A) => Promise<void>;
  pending: boolean;
  /** The failure's plain message, until the next run. */
  error: string | null;
}

/**
 * Busy and error state for a callback that talks to the background, so each control can say
 * "Saving…" and show what went wrong next to itself. The callback is called synchronously
 * by `run`, which keeps a click's user gesture (needed for permissions.request).
 */
export function useAction<A extends unknown[]>(callback: (...args: A) => Promise<void>): Action<A> {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(callback);
  latest.current = callback;
  const mounted = useRef(true);
  useEffect(() => () => void (mounted.current = false), []);

  const run = useCallback(async (...args: A): Promise<void> => {
    setPending(true);
    setError(null);
    try {
      await latest.current(...args);
    } catch (failure: unknown) {
      if (mounted.current) setError(errorMessage(failure));
    } finally {
      if (mounted.current) setPending(false);
    }
  }, []);
  return { run, pending, error };
}
