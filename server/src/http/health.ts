import type { SqlClient } from '../store/sql-client.ts';

export interface HealthCheck {
  name: string;
  check(): Promise<void>;
}

export interface HealthReport {
  ok: boolean;
  checks: Record<string, { ok: boolean; ms: number; error?: string }>;
}

const timeoutMs = 2000;

/** Runs every check at once, each bounded by a timeout: a hung database is as bad as a down one. */
export async function checkHealth(checks: readonly HealthCheck[]): Promise<HealthReport> {
  const results = await Promise.all(
    checks.map(async ({ name, check }) => {
      const started = performance.now();
      let timer: NodeJS.Timeout | undefined;
      try {
        await Promise.race([check(), new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer in ${timeoutMs} ms`)), timeoutMs)))]);
        return [name, { ok: true, ms: Math.round(performance.now() - started) }] as const;
      } catch (error) {
        return [name, { ok: false, ms: Math.round(performance.now() - started), error: error instanceof Error ? error.message : String(error) }] as const;
      } finally {
        clearTimeout(timer);
      }
    }),
  );
  return { ok: results.every(([, r]) => r.ok), checks: Object.fromEntries(results) };
}

export function storeHealth(store: SqlClient): HealthCheck {
  return { name: 'store', check: async () => void (await store.query('select 1')) };
}

export function redisHealth(ping: () => Promise<unknown>): HealthCheck {
  return { name: 'redis', check: async () => void (await ping()) };
}
