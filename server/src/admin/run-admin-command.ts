import { listAudit, recordAudit } from '../store/audit-log.ts';
import { revokeMemberTokens } from '../store/device-tokens.ts';
import { issueJoinCode, voidMemberJoinCodes } from '../store/join-codes.ts';
import { findActiveMembersByEmail, findMember, listMembers, markMemberRemoved, normaliseEmail, upsertMember, type Member } from '../store/members.ts';
import type { Store } from '../store/sql-client.ts';
import { addTeam, defaultTeamId, findTeam, isTeamId, listTeams } from '../store/teams.ts';
import { AdminError, type AdminRequest, type AdminResult } from './admin-request.ts';

/** What a running server does after a change (the CLI alone has nothing to notify). */
export interface MembershipEffects {
  membersChanged(teamId: string): Promise<void>;
  /** Close a member's open connections: `removed` also means their tokens no longer work. */
  cutOff(memberId: number, why: 'member-removed' | 'role-changed'): void | Promise<void>;
}

export const noEffects: MembershipEffects = { membersChanged: async () => {}, cutOff: () => {} };

export async function runAdminCommand(
  store: Store,
  request: AdminRequest,
  options: { joinCodeTtlMs: number; effects: MembershipEffects },
): Promise<AdminResult> {
  const { effects } = options;
  switch (request.command) {
    case 'member add': {
      const email = requireEmail(request.email);
      const team = await requireTeam(store, request.team ?? defaultTeamId);
      const added = await store.transaction(async (tx) => {
        const { member, previous } = await upsertMember(tx, { teamId: team.id, email, name: request.name, role: request.role });
        const { code, expiresAt } = await issueJoinCode(tx, member.id, options.joinCodeTtlMs);
        const roleChanged = previous?.status === 'active' && previous.role !== member.role;
        await recordAudit(tx, {
          teamId: team.id,
          actor: 'admin',
          action: roleChanged ? 'role-changed' : 'member-added',
          subject: email,
          detail: roleChanged ? `${previous.role} → ${member.role}` : `role ${member.role}`,
        });
        return { member, code, expiresAt, roleChanged };
      });
      await effects.membersChanged(team.id);
      if (added.roleChanged) await effects.cutOff(added.member.id, 'role-changed');
      return { kind: 'member added', member: added.member, code: added.code, expiresAt: added.expiresAt.toISOString(), teamName: team.name };
    }
    case 'member list':
      if (request.team) await requireTeam(store, request.team);
      return { kind: 'members', members: await listMembers(store, request.team) };
    case 'member remove': {
      const email = requireEmail(request.email);
      const member = await findMemberToRemove(store, email, request.team);
      await store.transaction(async (tx) => {
        await markMemberRemoved(tx, member.id);
        await revokeMemberTokens(tx, member.id);
        await voidMemberJoinCodes(tx, member.id);
        await recordAudit(tx, { teamId: member.teamId, actor: 'admin', action: 'member-removed', subject: member.email, detail: '' });
      });
      await effects.cutOff(member.id, 'member-removed');
      await effects.membersChanged(member.teamId);
      return { kind: 'member removed', member: { ...member, status: 'removed' } };
    }
    case 'team add': {
      const id = request.id.trim().toLowerCase();
      if (!isTeamId(id)) throw new AdminError(`A team id is lower-case letters, digits and dashes (at most 32), like "support": not "${request.id}".`);
      const team = await addTeam(store, id, request.name ?? id);
      if (!team) throw new AdminError(`There is already a team "${id}".`);
      return { kind: 'team added', team };
    }
    case 'team list':
      return { kind: 'teams', teams: await listTeams(store) };
    case 'audit':
      if (request.team) await requireTeam(store, request.team);
      return { kind: 'audit', entries: await listAudit(store, { teamId: request.team, limit: request.limit ?? 100 }) };
  }
}

function requireEmail(given: string): string {
  const email = normaliseEmail(given);
  if (!email) throw new AdminError(`"${given}" is not an email address.`);
  return email;
}

async function requireTeam(store: Store, id: string): Promise<{ id: string; name: string }> {
  const team = await findTeam(store, id);
  if (!team) throw new AdminError(`There is no team "${id}" (see: team list).`);
  return team;
}

async function findMemberToRemove(store: Store, email: string, teamId: string | undefined): Promise<Member> {
  if (teamId) {
    const member = await findMember(store, teamId, email);
    if (!member || member.status !== 'active') throw new AdminError(`${email} is not a member of team "${teamId}".`);
    return member;
  }
  const found = await findActiveMembersByEmail(store, email);
  if (found.length === 0) throw new AdminError(`${email} is not a member of any team.`);
  if (found.length > 1) throw new AdminError(`${email} is in several teams (${found.map((m) => m.teamId).join(', ')}): add --team.`);
  const [only] = found;
  if (!only) throw new AdminError(`${email} is not a member of any team.`);
  return only;
}
