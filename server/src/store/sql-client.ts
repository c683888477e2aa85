// The narrow SQL surface the store uses, so PostgreSQL (`pg`) and PGlite run the same queries.
export interface SqlClient {
  query<T>(text: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

export interface Store extends SqlClient {
  /** `embedded`: PGlite in the data directory, one process; `postgres`: a PostgreSQL server, any number of instances. */
  readonly kind: 'embedded' | 'postgres';
  transaction<T>(work: (tx: SqlClient) => Promise<T>): Promise<T>;
  /** A read-only transaction that sees one moment of the store throughout (backups, copies). */
  snapshot<T>(work: (tx: SqlClient) => Promise<T>): Promise<T>;
  /** Calls `handler` with the payload of every NOTIFY on `channel` (from any process on PostgreSQL). */
  listen(channel: string, handler: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}
