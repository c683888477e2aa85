import type { SqlClient } from './sql-client.ts';

// What the server itself records: who joined, who was added, removed or changed role, and writes
// it refused. Never mail content: a case is named by its document name, a key not a subject.
export type AuditAction = 'member-added' | 'member-removed' | 'role-changed' | 'device-joined' | 'write-refused';

export interface AuditEntry {
  at: string;
  teamId: string;
  /** Who did it: a member's email, or `admin` for the CLI. */
  actor: string;
  action: AuditAction;
  /** Whom or what it concerns: a member's email or a document name. */
  subject: string;
  detail: string;
}

export async function recordAudit(sql: SqlClient, entry: Omit<AuditEntry, 'at'>): Promise<void> {
  await sql.query('insert into audit_log (team_id, actor, action, subject, detail) values ($1, $2, $3, $4, $5)', [
    entry.teamId,
    entry.actor.slice(0, 320),
    entry.action,
    entry.subject.slice(0, 320),
    entry.detail.slice(0, 500),
  ]);
}

/** The newest `limit` entries, oldest first (as a log reads). */
export async function listAudit(sql: SqlClient, options: { teamId?: string | undefined; limit: number }): Promise<AuditEntry[]> {
  const result = await sql.query<AuditEntry>(
    `select * from (
       select id, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as at, team_id as "teamId", actor, action, subject, detail
       from audit_log where $1::text is null or team_id = $1 order by id desc limit $2
     ) newest order by id`,
    [options.teamId ?? null, options.limit],
  );
  return result.rows.map(({ at, teamId, actor, action, subject, detail }) => ({ at, teamId, actor, action, subject, detail }));
}
