import { describe, expect, it } from 'vitest';
import { FIRST_TRY_MAX_MS, FIRST_TRY_MIN_MS, MAX_DELAY_MS, firstTryDelay, reconnectOptions, redrawDelayOnDisconnect } from './reconnect-backoff';

describe('reconnect backoff', () => {
  it.each([
    [0, FIRST_TRY_MIN_MS],
    [0.5, 1375],
    [0.999_999_9, FIRST_TRY_MAX_MS],
    [1, FIRST_TRY_MAX_MS],
    [-3, FIRST_TRY_MIN_MS],
  ])('random %s waits %s ms before the first try', (random, expected) => {
    expect(firstTryDelay(() => random)).toBe(expected);
  });

  it('spreads 1,000 browsers over the whole first-try window', () => {
    let seed = 7;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const delays = Array.from({ length: 1000 }, () => firstTryDelay(random));
    const perHalfSecond = new Map<number, number>();
    for (const d of delays) perHalfSecond.set(Math.floor(d / 500), (perHalfSecond.get(Math.floor(d / 500)) ?? 0) + 1);
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(FIRST_TRY_MIN_MS);
    expect(Math.max(...delays)).toBeLessThanOrEqual(FIRST_TRY_MAX_MS);
    // No half second gets more than a third of them (they would all come at once without jitter).
    expect(Math.max(...perHalfSecond.values())).toBeLessThan(334);
  });

  it('gives the provider options it accepts: delay ≥ minDelay, jittered, capped, unlimited tries', () => {
    const options = reconnectOptions(() => 0);
    expect(options.delay).toBeGreaterThanOrEqual(options.minDelay);
    expect(options).toMatchObject({ maxDelay: MAX_DELAY_MS, jitter: true, maxAttempts: 0, factor: 2 });
  });

  it('draws a new first-try wait at every disconnect', () => {
    const listeners: (() => void)[] = [];
    const set: number[] = [];
    const socket = { on: (_event: 'disconnect', listener: () => void) => listeners.push(listener), setConfiguration: ({ delay }: { delay: number }) => set.push(delay) };
    const draws = [0, 0.5, 1];
    redrawDelayOnDisconnect(socket, () => draws.shift() ?? 0);
    for (const listener of [...listeners, ...listeners, ...listeners]) listener();
    expect(set).toEqual([FIRST_TRY_MIN_MS, 1375, FIRST_TRY_MAX_MS]);
  });
});
