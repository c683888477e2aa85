/**
 * Resolves with the first non-null result of `find` — now, or after DOM mutations — or null
 * after `timeoutMs` or when `signal` aborts. One MutationObserver, no polling.
 */
export function waitFor<T>(find: () => T | null, root: Node, timeoutMs: number, signal: AbortSignal): Promise<T | null> {
  const found = find();
  if (found !== null) return Promise.resolve(found);
  return new Promise((resolve) => {
    const finish = (value: T | null): void => {
      observer.disconnect();
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(value);
    };
    const onAbort = (): void => finish(null);
    const observer = new MutationObserver(() => {
      const value = find();
      if (value !== null) finish(value);
    });
    const timer = setTimeout(() => finish(null), timeoutMs);
    observer.observe(root, { childList: true, subtree: true });
    signal.addEventListener('abort', onAbort);
  });
}
