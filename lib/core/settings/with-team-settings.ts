import type { Settings } from '../../model/settings';
import { TEAM_SETTING_KEYS, type TeamSettingKey, type TeamSettings } from '../../model/team-documents';

/**
 * A member's settings in a team: each section the team's admin set replaces the member's own
 * (support addresses and labels, domains, calendar, Trac, links, product name); identity and
 * everything else stay the member's. Alone, or for a section the team left unset, the member's.
 */
export function withTeamSettings(own: Settings, team: TeamSettings): Settings {
  const merged: Settings = { ...own };
  for (const key of TEAM_SETTING_KEYS) {
    if (team[key] !== undefined) (merged as Record<TeamSettingKey, unknown>)[key] = team[key];
  }
  return merged;
}

/** Which sections come from the team (for the options page to say so), in the options' order. */
export function teamSettingKeys(team: TeamSettings): TeamSettingKey[] {
  return TEAM_SETTING_KEYS.filter((key) => team[key] !== undefined);
}
