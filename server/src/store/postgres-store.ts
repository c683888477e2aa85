import pg from 'pg';
import type { SqlClient, Store } from './sql-client.ts';

// `bytea` comes back as a Buffer already; `int8` as a string, which the queries cast (`::int`)
// where they want a number. TimeZone UTC: every instance and tool reads the same timestamps.
const sessionOptions = '-c TimeZone=UTC';

/** A pool on the PostgreSQL server at `url` (DATABASE_URL). Not migrated: see open-store. */
export async function openPostgresStore(url: string, applicationName: string): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: 8, application_name: applicationName, options: sessionOptions });
  // An idle client losing its server (PostgreSQL restarted) must not crash the process.
  pool.on('error', (error) => console.error('casebook: PostgreSQL connection lost', error.message));
  const client = (q: pg.Pool | pg.PoolClient): SqlClient => ({
    query: async <T>(text: string, params?: unknown[]) => ({ rows: (await q.query(text, params)).rows as T[] }),
  });
  const inTransaction = async <T>(begin: string, work: (tx: SqlClient) => Promise<T>): Promise<T> => {
    const connection = await pool.connect();
    try {
      await connection.query(begin);
      const result = await work(client(connection));
      await connection.query('commit');
      return result;
    } catch (error) {
      await connection.query('rollback').catch(() => {});
      throw error;
    } finally {
      connection.release();
    }
  };
  await pool.query('select 1'); // fail now, with the server's words, not at the first member's request
  let listener: pg.Client | null = null;
  const handlers = new Map<string, Set<(payload: string) => void>>();
  return {
    kind: 'postgres',
    ...client(pool),
    transaction: (work) => inTransaction('begin', work),
    snapshot: (work) => inTransaction('begin isolation level repeatable read read only', work),
    listen: async (channel, handler) => {
      if (!listener) {
        listener = new pg.Client({ connectionString: url, application_name: `${applicationName} (listen)`, options: sessionOptions });
        listener.on('error', (error) => console.error('casebook: PostgreSQL listener lost', error.message));
        listener.on('notification', (message) => {
          for (const h of handlers.get(message.channel) ?? []) h(message.payload ?? '');
        });
        await listener.connect();
      }
      const set = handlers.get(channel) ?? new Set();
      if (set.size === 0) await listener.query(`listen ${pg.escapeIdentifier(channel)}`);
      set.add(handler);
      handlers.set(channel, set);
      return async () => {
        set.delete(handler);
      };
    },
    close: async () => {
      await listener?.end().catch(() => {});
      await pool.end();
    },
  };
}
