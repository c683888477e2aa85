import type { JSX } from 'preact';
import type { TeamMember } from '../../lib/model/settings';

export interface OwnerSelectProps {
  /** Team member email, or null when unassigned. */
  value: string | null;
  team: readonly TeamMember[];
  onChange: (owner: string | null) => void;
  disabled?: boolean;
  label?: string;
}

const UNASSIGNED = '';

/** The owner's name from the team list, else the address, else "Unassigned". */
export function ownerLabel(owner: string | null, team: readonly TeamMember[]): string {
  if (!owner) return 'Unassigned';
  return team.find((member) => sameAddress(member.email, owner))?.name ?? owner;
}

/**
 * Owner picker over the team in settings. An owner who has since left the team list stays
 * selectable, so opening a case never silently changes its owner. Labelled like StatusSelect.
 */
export function OwnerSelect({ value, team, onChange, disabled, label = 'Owner' }: OwnerSelectProps): JSX.Element {
  const member = value === null ? undefined : team.find((m) => sameAddress(m.email, value));
  const selected = value === null ? UNASSIGNED : (member?.email ?? value);
  return (
    <label class="cb-field">
      <span class="cb-field__label">{label}</span>
      <select
        aria-label={label}
        value={selected}
        disabled={disabled}
        onChange={(e) => onChange(e.currentTarget.value === UNASSIGNED ? null : e.currentTarget.value)}
      >
        <option value={UNASSIGNED}>Unassigned</option>
        {team.map((member) => (
          <option key={member.email} value={member.email}>
            {`${member.name} (${member.email})`}
          </option>
        ))}
        {value !== null && !member && <option value={value}>{`${value} (not in the team list)`}</option>}
      </select>
    </label>
  );
}

function sameAddress(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
