// The narrow SQL surface the store uses, so PostgreSQL (`pg`) can replace PGlite later
// without touching the queries.
export interface SqlClient {
  query<T>(text: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

export interface Store extends SqlClient {
  transaction<T>(work: (tx: SqlClient) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
