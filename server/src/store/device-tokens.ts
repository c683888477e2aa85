import { newDeviceToken } from '../secrets/device-token.ts';
import { hashSecret } from '../secrets/hash-secret.ts';
import type { Role } from './roles.ts';
import type { SqlClient } from './sql-client.ts';

export interface TokenAccess {
  memberId: number;
  teamId: string;
  email: string;
  name: string;
  role: Role;
  memberActive: boolean;
  revoked: boolean;
}

/** Creates a device token for a member; only its hash is stored. */
export async function createDeviceToken(sql: SqlClient, memberId: number, device: string): Promise<string> {
  const token = newDeviceToken();
  await sql.query('insert into device_tokens (token_hash, member_id, device) values ($1, $2, $3)', [
    hashSecret(token),
    memberId,
    device,
  ]);
  return token;
}

/** Who a token belongs to, or null when it was never issued. */
export async function findTokenAccess(sql: SqlClient, token: string): Promise<TokenAccess | null> {
  const result = await sql.query<TokenAccess>(
    `select m.id::int as "memberId", m.team_id as "teamId", m.email, m.display_name as name, m.role,
            m.status = 'active' as "memberActive", t.revoked_at is not null as revoked
     from device_tokens t join members m on m.id = t.member_id
     where t.token_hash = $1`,
    [hashSecret(token)],
  );
  return result.rows[0] ?? null;
}

/** Records use, at most once a minute per token: a reconnect storm should not become a write storm. */
export async function touchDeviceToken(sql: SqlClient, token: string): Promise<void> {
  await sql.query(
    `update device_tokens set last_seen_at = now()
     where token_hash = $1 and (last_seen_at is null or last_seen_at < now() - interval '1 minute')`,
    [hashSecret(token)],
  );
}

export async function revokeMemberTokens(sql: SqlClient, memberId: number): Promise<void> {
  await sql.query('update device_tokens set revoked_at = now() where member_id = $1 and revoked_at is null', [memberId]);
}
