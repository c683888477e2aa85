// Every table a backup or a copy carries, parents before children, with how each column
// travels as text. `schema_migrations` is not among them: the target store runs its own
// migrations. A new table or column of a migration belongs here too (store-tables.test checks).
export type ColumnType = 'text' | 'int8' | 'timestamptz' | 'bytea';

export interface TableSpec {
  name: string;
  /** Ordering column: rows are read in this order (collation "C", the same on every engine). */
  key: string;
  /** `generated always as identity`: inserted with `overriding system value`, sequence moved past. */
  identity?: string;
  columns: Record<string, ColumnType>;
}

export const storeTables: readonly TableSpec[] = [
  { name: 'teams', key: 'id', columns: { id: 'text', name: 'text', created_at: 'timestamptz' } },
  {
    name: 'members',
    key: 'id',
    identity: 'id',
    columns: { id: 'int8', team_id: 'text', email: 'text', display_name: 'text', role: 'text', status: 'text', created_at: 'timestamptz', removed_at: 'timestamptz' },
  },
  { name: 'join_codes', key: 'code_hash', columns: { code_hash: 'text', member_id: 'int8', created_at: 'timestamptz', expires_at: 'timestamptz', used_at: 'timestamptz' } },
  {
    name: 'device_tokens',
    key: 'token_hash',
    columns: { token_hash: 'text', member_id: 'int8', device: 'text', created_at: 'timestamptz', last_seen_at: 'timestamptz', revoked_at: 'timestamptz' },
  },
  { name: 'documents', key: 'name', columns: { name: 'text', state: 'bytea', updated_at: 'timestamptz' } },
  {
    name: 'audit_log',
    key: 'id',
    identity: 'id',
    columns: { id: 'int8', at: 'timestamptz', team_id: 'text', actor: 'text', action: 'text', subject: 'text', detail: 'text' },
  },
];
