import { hostname } from 'node:os';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Config {
  dataDir: string;
  port: number;
  host: string;
  /** Largest message a client may send for one document; larger ones close that document's connection. */
  maxMessageBytes: number;
  /** Peers whose X-Forwarded-Proto / X-Forwarded-For are believed. */
  trustedProxies: Set<string>;
  joinCodeTtlMs: number;
  joinFailuresPerMinute: number;
  /** The address members type in the options (e.g. wss://casebook.example.com), when behind a proxy. */
  publicUrl: string | null;
  /** PostgreSQL instead of the embedded store (several instances may share it). */
  databaseUrl: string | null;
  /** Redis that relays document updates between instances; null for a single instance. */
  redisUrl: string | null;
  /** This instance's name in logs, metrics and Redis messages. */
  instanceName: string;
}

const serverDir = fileURLToPath(new URL('..', import.meta.url));

export function readConfig(env: NodeJS.ProcessEnv): Config {
  return {
    dataDir: dataDirFrom(env),
    port: integer(env, 'PORT', 8787),
    host: env.HOST || '127.0.0.1',
    maxMessageBytes: integer(env, 'CASEBOOK_MAX_MESSAGE_BYTES', 2 * 1024 * 1024),
    trustedProxies: new Set((env.CASEBOOK_TRUSTED_PROXIES ?? '127.0.0.1,::1').split(',').map((s) => s.trim()).filter(Boolean)),
    joinCodeTtlMs: integer(env, 'CASEBOOK_JOIN_CODE_TTL_SECONDS', 7 * 24 * 3600) * 1000,
    joinFailuresPerMinute: integer(env, 'CASEBOOK_JOIN_FAILURES_PER_MINUTE', 5),
    publicUrl: env.CASEBOOK_PUBLIC_URL || null,
    databaseUrl: env.DATABASE_URL || null,
    redisUrl: env.REDIS_URL || null,
    instanceName: env.CASEBOOK_INSTANCE || `${hostname()}-${process.pid}`,
  };
}

// `npm --prefix server run …` runs in server/: a relative CASEBOOK_DATA means the caller's directory.
function dataDirFrom(env: NodeJS.ProcessEnv): string {
  const given = env.CASEBOOK_DATA;
  if (!given) return resolve(serverDir, '.data');
  return isAbsolute(given) ? given : resolve(env.INIT_CWD ?? process.cwd(), given);
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, not "${raw}"`);
  return value;
}
