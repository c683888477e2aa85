import { createContext, type ComponentChildren, type JSX } from 'preact';
import { useContext } from 'preact/hooks';
import type { TeamSettingKey } from '../../lib/model/team-documents';

/** Which settings sections the team sets, and whether this member may change them (the admin). */
export interface TeamSettingsScope {
  keys: readonly TeamSettingKey[];
  mayEdit: boolean;
}

const FromTeamNote = createContext<string | null>(null);

/** The sentence a section set by the team shows under its title (Section reads it). */
export function useFromTeamNote(): string | null {
  return useContext(FromTeamNote);
}

export interface FromTeamProps {
  /** The settings this section edits. */
  keys: readonly TeamSettingKey[];
  scope: TeamSettingsScope;
  children: ComponentChildren;
}

/**
 * A section of the options that shows a team setting: the team's value, followed live. Only the
 * admin may change it (saving then changes it for every member); for the others the section is
 * read-only and says why, so a member never edits what would not apply.
 */
export function FromTeam({ keys, scope, children }: FromTeamProps): JSX.Element {
  if (!keys.some((key) => scope.keys.includes(key))) return <>{children}</>;
  const note = scope.mayEdit
    ? 'The team’s setting, for every member: saving changes it for the whole team.'
    : 'Set by your team’s admin for the whole team, so you cannot change it here; their changes appear by themselves. Your own value comes back if you leave the team.';
  return (
    <FromTeamNote.Provider value={note}>
      <fieldset class="cb-from-team" disabled={!scope.mayEdit} data-from-team={scope.mayEdit ? 'editable' : 'read-only'}>
        {children}
      </fieldset>
    </FromTeamNote.Provider>
  );
}
