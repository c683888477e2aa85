import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

const postgres = inject('postgres');
const redis = inject('redis');

/** Why the PostgreSQL tests cannot run here (they are then skipped, saying so), or null. */
export const postgresSkipped: string | null = 'skipped' in postgres ? postgres.skipped : null;
export const redisSkipped: string | null = 'skipped' in redis ? redis.skipped : null;
export const redisUrl: string = 'url' in redis ? redis.url : '';

/** A new, empty database on the test PostgreSQL; returns its URL. */
export async function freshDatabase(): Promise<string> {
  if (!('url' in postgres)) throw new Error(postgres.skipped);
  const name = `t_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: postgres.url });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  return postgres.url.replace(/\/postgres$/, `/${name}`);
}
