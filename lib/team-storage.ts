import { storage } from '#imports';
import { TeamMembership } from './model/team';

/**
 * This browser's team membership, or null when Casebook works alone (then it sends nothing
 * anywhere). Personal: never part of a backup, never synced.
 */
export const teamItem = storage.defineItem<TeamMembership | null>('local:team', { fallback: null, version: 1 });

/** The membership, or null when none or when what is stored does not fit (then: alone). */
export async function loadTeam(): Promise<TeamMembership | null> {
  const parsed = TeamMembership.safeParse(await teamItem.getValue());
  return parsed.success ? parsed.data : null;
}

export async function saveTeam(membership: TeamMembership | null): Promise<void> {
  await teamItem.setValue(membership === null ? null : TeamMembership.parse(membership));
}
