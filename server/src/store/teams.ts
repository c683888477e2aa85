import type { SqlClient } from './sql-client.ts';

export interface Team {
  id: string;
  name: string;
}

export const defaultTeamId = 'support';

// A team id is the first segment of every document name, so keep it to a plain slug.
const teamIdPattern = /^[a-z0-9][a-z0-9-]{0,31}$/;

export function isTeamId(value: string): boolean {
  return teamIdPattern.test(value);
}

export async function listTeams(sql: SqlClient): Promise<Team[]> {
  return (await sql.query<Team>('select id, name from teams order by id')).rows;
}

export async function findTeam(sql: SqlClient, id: string): Promise<Team | null> {
  return (await sql.query<Team>('select id, name from teams where id = $1', [id])).rows[0] ?? null;
}

/** Adds a team; returns null when the id is taken. */
export async function addTeam(sql: SqlClient, id: string, name: string): Promise<Team | null> {
  const result = await sql.query<Team>(
    'insert into teams (id, name) values ($1, $2) on conflict (id) do nothing returning id, name',
    [id, name],
  );
  return result.rows[0] ?? null;
}
