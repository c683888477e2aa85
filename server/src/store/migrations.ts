// Versioned schema, applied in order by `migrate`. Never edit a shipped entry: append a new one.
// Plain PostgreSQL: the same list runs on the embedded PGlite and on a PostgreSQL server.
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'teams, members, join codes, device tokens, documents',
    sql: `
      create table teams (
        id text primary key,
        name text not null,
        created_at timestamptz not null default now()
      );
      create table members (
        id bigint generated always as identity primary key,
        team_id text not null references teams (id),
        email text not null,
        display_name text not null default '',
        role text not null default 'member' check (role in ('admin', 'member', 'viewer')),
        status text not null default 'active' check (status in ('active', 'removed')),
        created_at timestamptz not null default now(),
        removed_at timestamptz,
        unique (team_id, email)
      );
      create table join_codes (
        code_hash text primary key,
        member_id bigint not null references members (id),
        created_at timestamptz not null default now(),
        expires_at timestamptz not null,
        used_at timestamptz
      );
      create index join_codes_member on join_codes (member_id);
      create table device_tokens (
        token_hash text primary key,
        member_id bigint not null references members (id),
        device text not null default '',
        created_at timestamptz not null default now(),
        last_seen_at timestamptz,
        revoked_at timestamptz
      );
      create index device_tokens_member on device_tokens (member_id);
      create table documents (
        name text primary key,
        state bytea not null,
        updated_at timestamptz not null default now()
      );
      insert into teams (id, name) values ('support', 'Support');
    `,
  },
  {
    version: 2,
    name: 'audit log',
    sql: `
      create table audit_log (
        id bigint generated always as identity primary key,
        at timestamptz not null default now(),
        team_id text not null,
        actor text not null default '',
        action text not null,
        subject text not null default '',
        detail text not null default ''
      );
      create index audit_log_team_at on audit_log (team_id, at);
    `,
  },
];
