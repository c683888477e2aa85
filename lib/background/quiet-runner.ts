/**
 * Runs `task` once things have been quiet for `quietMs` after the last request, and never twice
 * at once (a request while it runs asks for one more run after it). For work that competes with
 * what the user waits for: counting the cases for the badge reads the whole index (~350 ms of
 * IndexedDB time at 50,000 cases), and a thread opened meanwhile would wait behind it.
 */
export function quietRunner(task: () => Promise<void>, quietMs: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let again = false;
  const run = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      await task();
    } catch {
      // The next request tries again; a badge is never worth an unhandled rejection.
    } finally {
      running = false;
      if (again) {
        again = false;
        request();
      }
    }
  };
  const request = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), quietMs);
  };
  return request;
}
