import type { AuditEntry } from '../store/audit-log.ts';
import type { Member } from '../store/members.ts';
import type { Role } from '../store/roles.ts';
import type { Team } from '../store/teams.ts';

/** One admin command, as the CLI parses it and as it travels to a running server. */
export type AdminRequest =
  | { command: 'member add'; email: string; name?: string; role?: Role; team?: string }
  | { command: 'member list'; team?: string }
  | { command: 'member remove'; email: string; team?: string }
  | { command: 'team add'; id: string; name?: string }
  | { command: 'team list' }
  | { command: 'audit'; team?: string; limit?: number };

export type AdminResult =
  | { kind: 'member added'; member: Member; code: string; expiresAt: string; teamName: string }
  | { kind: 'members'; members: Member[] }
  | { kind: 'member removed'; member: Member }
  | { kind: 'team added'; team: Team }
  | { kind: 'teams'; teams: Team[] }
  | { kind: 'audit'; entries: AuditEntry[] };

/** A mistake of the admin's (unknown email, bad role…): shown as is, exit code 1. */
export class AdminError extends Error {}
