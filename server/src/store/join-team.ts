import { normaliseJoinCode } from '../secrets/join-code.ts';
import { createDeviceToken } from './device-tokens.ts';
import { recordAudit } from './audit-log.ts';
import { consumeJoinCode } from './join-codes.ts';
import { listActiveMembers } from './members.ts';
import type { Role } from './roles.ts';
import type { Store } from './sql-client.ts';
import { findTeam } from './teams.ts';

export interface PublicMember {
  email: string;
  name: string;
  role: Role;
}

export interface Joined {
  token: string;
  team: { id: string; name: string };
  member: PublicMember;
  members: PublicMember[];
}

export type JoinFailure = 'malformed-code' | 'unknown-code' | 'used-code' | 'expired-code' | 'member-removed';

/** Trades a one-time code for a new device token, in one transaction: the code works once. */
export async function joinTeam(store: Store, typedCode: string, device: string): Promise<Joined | JoinFailure> {
  const code = normaliseJoinCode(typedCode);
  if (!code) return 'malformed-code';
  return store.transaction(async (tx): Promise<Joined | JoinFailure> => {
    const consumed = await consumeJoinCode(tx, code);
    if (!consumed.ok) return consumed.why === 'unknown' ? 'unknown-code' : consumed.why === 'used' ? 'used-code' : 'expired-code';
    const members = await tx.query<PublicMember & { id: number; teamId: string; status: string }>(
      `select id::int as id, team_id as "teamId", email, display_name as name, role, status from members where id = $1`,
      [consumed.memberId],
    );
    const member = members.rows[0];
    if (!member || member.status !== 'active') return 'member-removed';
    const team = await findTeam(tx, member.teamId);
    if (!team) throw new Error(`member ${member.id} has no team`);
    const token = await createDeviceToken(tx, member.id, device);
    await recordAudit(tx, { teamId: member.teamId, actor: member.email, action: 'device-joined', subject: member.email, detail: device.slice(0, 100) });
    const everyone = await listActiveMembers(tx, member.teamId);
    return {
      token,
      team,
      member: { email: member.email, name: member.name, role: member.role },
      members: everyone.map((m) => ({ email: m.email, name: m.name, role: m.role })),
    };
  });
}
