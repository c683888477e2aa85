import { hashSecret } from '../secrets/hash-secret.ts';
import { newJoinCode } from '../secrets/join-code.ts';
import type { SqlClient } from './sql-client.ts';

export type ConsumeResult = { ok: true; memberId: number } | { ok: false; why: 'unknown' | 'used' | 'expired' };

/** Issues a one-time code for a member; only its hash is kept. Returns the code and its expiry. */
export async function issueJoinCode(
  sql: SqlClient,
  memberId: number,
  ttlMs: number,
): Promise<{ code: string; expiresAt: Date }> {
  const code = newJoinCode();
  const expiresAt = new Date(Date.now() + ttlMs);
  await sql.query('insert into join_codes (code_hash, member_id, expires_at) values ($1, $2, $3)', [
    hashSecret(code.replace(/-/g, '')),
    memberId,
    expiresAt.toISOString(),
  ]);
  return { code, expiresAt };
}

/** Uses up a code (canonical form, see `normaliseJoinCode`) in one statement, so two joins cannot both win. */
export async function consumeJoinCode(sql: SqlClient, canonicalCode: string): Promise<ConsumeResult> {
  const codeHash = hashSecret(canonicalCode);
  const used = await sql.query<{ memberId: number }>(
    `update join_codes set used_at = now()
     where code_hash = $1 and used_at is null and expires_at > now()
     returning member_id::int as "memberId"`,
    [codeHash],
  );
  const row = used.rows[0];
  if (row) return { ok: true, memberId: row.memberId };
  const found = await sql.query<{ used: boolean }>('select used_at is not null as used from join_codes where code_hash = $1', [codeHash]);
  const existing = found.rows[0];
  if (!existing) return { ok: false, why: 'unknown' };
  return { ok: false, why: existing.used ? 'used' : 'expired' };
}

/** A removed member's outstanding codes must not let them back in. */
export async function voidMemberJoinCodes(sql: SqlClient, memberId: number): Promise<void> {
  await sql.query('update join_codes set used_at = now() where member_id = $1 and used_at is null', [memberId]);
}
