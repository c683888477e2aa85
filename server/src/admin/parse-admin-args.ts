import { isRole } from '../store/roles.ts';
import { AdminError, type AdminRequest } from './admin-request.ts';

export const usage = `Usage: npm run server [-- COMMAND]
  (no command)                 start the server
  member add EMAIL [--name "Alice"] [--role admin|member|viewer] [--team ID]
                               add a member (or issue another code) and print a one-time join code
  member list [--team ID]      list members
  member remove EMAIL [--team ID]
                               remove a member: their devices are cut off within seconds
  team add ID [--name "Support"]
  team list
  audit [--team ID] [--limit N]  joins, member changes and refused writes, newest last
  backup FILE                  a consistent copy of the whole store (also while it runs)
  restore FILE                 replace the whole store with a backup (instances stopped)
  migrate-to-postgres          copy the embedded store (CASEBOOK_DATA) into DATABASE_URL

With DATABASE_URL the store is PostgreSQL; with REDIS_URL several instances share the documents.`;

/** Turns the CLI's words into an admin request; throws AdminError with what was wrong. */
export function parseAdminArgs(args: readonly string[]): AdminRequest {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg.startsWith('--')) {
      const [key, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
      const value = inline ?? args[++i];
      if (value === undefined) throw new AdminError(`--${key} needs a value.`);
      flags.set(key, value);
    } else positional.push(arg);
  }
  const allowFlags = (...allowed: string[]): void => {
    for (const key of flags.keys()) if (!allowed.includes(key)) throw new AdminError(`Unknown option --${key}.\n\n${usage}`);
  };
  const [noun, verb, subject, ...extra] = positional;
  if (extra.length > 0) throw new AdminError(`Unexpected "${extra.join(' ')}" (quote a name with spaces).\n\n${usage}`);
  const team = flags.get('team');
  const name = flags.get('name');
  const command = `${noun ?? ''} ${verb ?? ''}`;
  switch (command) {
    case 'member add': {
      allowFlags('name', 'role', 'team');
      if (!subject) throw new AdminError('member add needs an email address.');
      const role = flags.get('role');
      if (role !== undefined && !isRole(role)) throw new AdminError(`--role is admin, member or viewer, not "${role}".`);
      return { command, email: subject, ...(name !== undefined && { name }), ...(role !== undefined && { role }), ...(team !== undefined && { team }) };
    }
    case 'member list':
      allowFlags('team');
      return { command, ...(team !== undefined && { team }) };
    case 'member remove':
      allowFlags('team');
      if (!subject) throw new AdminError('member remove needs an email address.');
      return { command, email: subject, ...(team !== undefined && { team }) };
    case 'team add':
      allowFlags('name');
      if (!subject) throw new AdminError('team add needs an id, like "support".');
      return { command, id: subject, ...(name !== undefined && { name }) };
    case 'team list':
      allowFlags();
      return { command };
    case 'audit ': {
      allowFlags('team', 'limit');
      const limit = flags.get('limit');
      if (limit !== undefined && !/^[1-9]\d{0,5}$/.test(limit)) throw new AdminError(`--limit is a whole number, not "${limit}".`);
      return { command: 'audit', ...(team !== undefined && { team }), ...(limit !== undefined && { limit: Number(limit) }) };
    }
    default:
      throw new AdminError(`Unknown command "${positional.join(' ')}".\n\n${usage}`);
  }
}
