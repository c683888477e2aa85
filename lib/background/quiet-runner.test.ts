import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { quietRunner } from './quiet-runner';

describe('quietRunner', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once after a burst of requests has been quiet for the delay', async () => {
    const task = vi.fn(async () => undefined);
    const request = quietRunner(task, 1500);
    request();
    await vi.advanceTimersByTimeAsync(1000);
    request();
    await vi.advanceTimersByTimeAsync(1000);
    expect(task).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(500);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('never runs twice at once: a request during a run gives one more run after it', async () => {
    let finish: () => void = () => undefined;
    let running = 0;
    let most = 0;
    const task = vi.fn(() => {
      running++;
      most = Math.max(most, running);
      return new Promise<void>((resolve) => {
        finish = () => {
          running--;
          resolve();
        };
      });
    });
    const request = quietRunner(task, 100);
    request();
    await vi.advanceTimersByTimeAsync(100);
    request();
    request();
    await vi.advanceTimersByTimeAsync(100); // due, but the first run is still going
    expect(task).toHaveBeenCalledTimes(1);
    finish();
    await vi.advanceTimersByTimeAsync(100);
    expect(task).toHaveBeenCalledTimes(2);
    finish();
    await vi.advanceTimersByTimeAsync(1000);
    expect(task).toHaveBeenCalledTimes(2);
    expect(most).toBe(1);
  });

  it('a failing run does not stop later ones', async () => {
    const task = vi.fn().mockRejectedValueOnce(new Error('database closed')).mockResolvedValue(undefined);
    const request = quietRunner(task, 10);
    request();
    await vi.advanceTimersByTimeAsync(10);
    request();
    await vi.advanceTimersByTimeAsync(10);
    expect(task).toHaveBeenCalledTimes(2);
  });
});
