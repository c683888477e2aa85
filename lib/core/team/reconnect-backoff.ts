/**
 * How a member's browser comes back to the team server after its socket closed (a restart or
 * deploy of an instance, a network change). Options of the Hocuspocus provider's socket; the
 * extension (lib/background/team/team-connection.ts) and the team bench (server/bench) use these
 * same values, so the bench measures what browsers do.
 *
 * - The first try after a close waits `delay` (the provider's timer), drawn afresh at each close
 *   between FIRST_TRY_MIN_MS and FIRST_TRY_MAX_MS: an instance that stops closes hundreds of
 *   sockets in the same millisecond, and without this they would all knock on the next instance
 *   in that same millisecond again.
 * - Each further try waits "full jitter" (anywhere between MIN_DELAY_MS and the doubled delay,
 *   at most MAX_DELAY_MS): once a server is back, every browser is back within MAX_DELAY_MS
 *   plus one handshake, spread over that window instead of in waves.
 * - No limit on tries: being offline is normal, not an error.
 */
export const FIRST_TRY_MIN_MS = 250;
export const FIRST_TRY_MAX_MS = 2500;
export const MIN_DELAY_MS = 250;
export const MAX_DELAY_MS = 8000;

export interface ReconnectOptions {
  delay: number;
  minDelay: number;
  maxDelay: number;
  factor: number;
  jitter: boolean;
  maxAttempts: number;
}

/** The provider's retry options, with the first try's wait drawn from `random` (0 ≤ random() < 1). */
export function reconnectOptions(random: () => number): ReconnectOptions {
  return { delay: firstTryDelay(random), minDelay: MIN_DELAY_MS, maxDelay: MAX_DELAY_MS, factor: 2, jitter: true, maxAttempts: 0 };
}

/** The wait before the first try after a close: a whole number of ms in [FIRST_TRY_MIN_MS, FIRST_TRY_MAX_MS]. */
export function firstTryDelay(random: () => number): number {
  const r = Math.min(Math.max(random(), 0), 0.999_999);
  return FIRST_TRY_MIN_MS + Math.floor(r * (FIRST_TRY_MAX_MS - FIRST_TRY_MIN_MS + 1));
}

/**
 * Makes a provider socket draw a fresh first-try wait at every close. The provider emits
 * `disconnect` just before it starts its timer with `delay`, so the new value is the one used.
 */
export function redrawDelayOnDisconnect(
  socket: { on(event: 'disconnect', listener: () => void): unknown; setConfiguration(options: { delay: number }): void },
  random: () => number,
): void {
  socket.on('disconnect', () => socket.setConfiguration({ delay: firstTryDelay(random) }));
}
