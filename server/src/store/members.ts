import type { Role } from './roles.ts';
import type { SqlClient } from './sql-client.ts';

export interface Member {
  id: number;
  teamId: string;
  email: string;
  name: string;
  role: Role;
  status: 'active' | 'removed';
}

const columns = `id::int as id, team_id as "teamId", email, display_name as name, role, status`;

export function normaliseEmail(email: string): string | null {
  const trimmed = email.trim().toLowerCase();
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed) && trimmed.length <= 254 ? trimmed : null;
}

/**
 * Adds a member, or brings back a removed one, or updates an existing one. Name and role are
 * changed only when given; a new member's role is `member`.
 */
export async function upsertMember(
  sql: SqlClient,
  input: { teamId: string; email: string; name?: string | undefined; role?: Role | undefined },
): Promise<{ member: Member; previous: Member | null }> {
  const previous = await findMember(sql, input.teamId, input.email);
  const result = await sql.query<Member>(
    `insert into members (team_id, email, display_name, role) values ($1, $2, coalesce($3, ''), coalesce($4, 'member'))
     on conflict (team_id, email) do update set
       display_name = coalesce($3, members.display_name),
       role = coalesce($4, members.role),
       status = 'active',
       removed_at = null
     returning ${columns}`,
    [input.teamId, input.email, input.name ?? null, input.role ?? null],
  );
  const member = result.rows[0];
  if (!member) throw new Error('upsert returned no member');
  return { member, previous };
}

export async function findMember(sql: SqlClient, teamId: string, email: string): Promise<Member | null> {
  const result = await sql.query<Member>(`select ${columns} from members where team_id = $1 and email = $2`, [teamId, email]);
  return result.rows[0] ?? null;
}

export async function findActiveMembersByEmail(sql: SqlClient, email: string): Promise<Member[]> {
  const result = await sql.query<Member>(`select ${columns} from members where email = $1 and status = 'active' order by team_id`, [email]);
  return result.rows;
}

export async function listMembers(sql: SqlClient, teamId?: string): Promise<Member[]> {
  const result = teamId
    ? await sql.query<Member>(`select ${columns} from members where team_id = $1 order by team_id, email`, [teamId])
    : await sql.query<Member>(`select ${columns} from members order by team_id, email`);
  return result.rows;
}

export async function listActiveMembers(sql: SqlClient, teamId: string): Promise<Member[]> {
  const result = await sql.query<Member>(
    `select ${columns} from members where team_id = $1 and status = 'active' order by email`,
    [teamId],
  );
  return result.rows;
}

export async function markMemberRemoved(sql: SqlClient, memberId: number): Promise<void> {
  await sql.query(`update members set status = 'removed', removed_at = now() where id = $1`, [memberId]);
}
