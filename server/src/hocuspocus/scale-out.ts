import { Redis } from '@hocuspocus/extension-redis';
import { Redis as RedisClient } from 'ioredis';

/** The transaction origin the Redis extension gives updates that came from another instance. */
export const redisOrigin = '__hocuspocus__redis__origin__';

/**
 * Hocuspocus' Redis extension: every instance that holds a document relays its updates and
 * awareness to the others through Redis pub/sub, so members on different instances edit together.
 *
 * One change to the stock extension: it takes a Redis lock before each store and *skips* the
 * store when another instance holds it. A skipped store can be the only one that had a member's
 * last update (the other instance may not have received it yet), so it is not skipped here:
 * every instance stores, and the store merges into the stored state under a row lock
 * (store/documents.ts), which makes the order of stores irrelevant.
 */
class MergingRedis extends Redis {
  override async onStoreDocument(): Promise<void> {}
}

export function scaleOut(redisUrl: string, identifier: string): Redis {
  const client = (): RedisClient => {
    // No ready check: on a reconnect under load ioredis could send its INFO on the connection
    // that is already subscribing, which Redis refuses and which crashed an instance in the bench.
    const redis = new RedisClient(redisUrl, { enableReadyCheck: false, maxRetriesPerRequest: 3 });
    // Redis away for a moment: ioredis reconnects by itself; say so instead of crashing.
    redis.on('error', (error: Error) => console.error('casebook: Redis:', error.message));
    return redis;
  };
  return new MergingRedis({ createClient: client, identifier, prefix: 'casebook' });
}
