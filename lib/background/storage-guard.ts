import { storageProblem } from '../db/storage-problems';
import type { Handlers } from '../messaging';
import { wrapHandlers } from './wrap-handlers';

/**
 * Every request waits for the database to be open (not forever: see openingGuard) and a storage
 * failure reaches the user in words — "no more room", "close the old dashboard" — instead of
 * a DOMException's text.
 */
export function guardingStorage(handlers: Handlers, ready: () => Promise<void>): Handlers {
  return wrapHandlers(handlers, (handler) => async (payload, sender) => {
    try {
      await ready();
      return await handler(payload, sender);
    } catch (error) {
      const words = storageProblem(error);
      throw words ? new Error(words) : error;
    }
  });
}
