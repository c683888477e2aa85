import type { Member } from '../store/members.ts';
import type { AdminResult } from './admin-request.ts';

/** What the admin reads after a command. */
export function formatAdminResult(result: AdminResult): string {
  switch (result.kind) {
    case 'member added':
      return [
        `${describe(result.member)} is a member of team "${result.member.teamId}" (${result.teamName}).`,
        '',
        `  Join code: ${result.code}`,
        '',
        `Give it to ${result.member.email} privately. It works once, until ${result.expiresAt}.`,
        'In Casebook: Options → Join a team → server address and this code.',
      ].join('\n');
    case 'members':
      return result.members.length === 0 ? 'No members yet: npm run server -- member add alice@example.com' : table(result.members);
    case 'member removed':
      return `${result.member.email} was removed from team "${result.member.teamId}": their devices are cut off.`;
    case 'team added':
      return `Team "${result.team.id}" (${result.team.name}) added. Add members with --team ${result.team.id}.`;
    case 'teams':
      return result.teams.map((t) => `${t.id}\t${t.name}`).join('\n');
    case 'audit':
      return result.entries.length === 0
        ? 'Nothing in the audit log yet.'
        : result.entries.map((e) => [e.at, e.teamId, e.actor, e.action, e.subject, e.detail].join('\t').trimEnd()).join('\n');
  }
}

function describe(member: Member): string {
  return member.name ? `${member.name} <${member.email}> (${member.role})` : `${member.email} (${member.role})`;
}

function table(members: Member[]): string {
  const rows = [['TEAM', 'EMAIL', 'NAME', 'ROLE', 'STATUS'], ...members.map((m) => [m.teamId, m.email, m.name, m.role, m.status])];
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((row) => (row[col] ?? '').length)));
  return rows.map((row) => row.map((cell, col) => cell.padEnd(widths[col] ?? 0)).join('  ').trimEnd()).join('\n');
}
