import type { Settings } from '../../model/settings';
import { TEAM_SETTING_KEYS, type TeamSettingKey, type TeamSettings } from '../../model/team-documents';
import { deepEqual } from '../case/deep-equal';

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

/**
 * What the options page stores in this browser after a save in a team: the sections the team
 * sets keep the member's own values (they apply again after leaving the team), the rest is the
 * form as saved. So a member's own settings stay their own, whatever the team shows over them.
 */
export function ownSettingsToStore(edited: Settings, own: Settings, team: TeamSettings): Settings {
  const stored: Settings = { ...edited };
  for (const key of teamSettingKeys(team)) (stored as Record<TeamSettingKey, unknown>)[key] = own[key];
  return stored;
}

/** The team's sections an admin's save changes (the form's value differs from the team's). */
export function changedTeamSections(edited: Settings, team: TeamSettings): TeamSettings {
  const changed: TeamSettings = {};
  for (const key of teamSettingKeys(team)) if (!deepEqual(edited[key], team[key])) (changed as Record<TeamSettingKey, unknown>)[key] = edited[key];
  return changed;
}

/**
 * The options form after the settings in effect changed under it (the admin changed a team
 * section, or the member joined or left): each section not edited since it was shown follows the
 * new value; a section being edited keeps the edit, so a push never throws typing away.
 */
export function draftAfterChange(draft: Settings, shownBefore: Settings, now: Settings): Settings {
  const next: Settings = { ...draft };
  for (const key of TEAM_SETTING_KEYS) {
    if (deepEqual(draft[key], shownBefore[key])) (next as Record<TeamSettingKey, unknown>)[key] = now[key];
  }
  return next;
}
