import type { JSX } from 'preact';
import { hintApplies } from '../../lib/core/case/collaborative-hints';
import type { HostPanelProps } from './sidebar';

/**
 * What a Google Groups Collaborative Inbox says about the conversation (assignee, resolution),
 * offered as one-click suggestions for the case; the background words them
 * (lib/core/case/collaborative-hints.ts). Casebook never writes to the Groups page. The Groups
 * entrypoint hands it to the sidebar as its host panel.
 */
export function CollaborativeHints({ hints, supportCase, onChange }: HostPanelProps): JSX.Element | null {
  const offered = hints.filter((hint) => !hintApplies(hint, supportCase));
  if (offered.length === 0) return null;
  return (
    <section class="cb-section cb-hints" aria-label="Collaborative Inbox">
      {offered.map((hint) => (
        <p key={hint.button}>
          {hint.text}{' '}
          <button type="button" onClick={() => onChange(hint.change)}>
            {hint.button}
          </button>
        </p>
      ))}
    </section>
  );
}
