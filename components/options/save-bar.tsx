import type { JSX } from 'preact';
import { ProblemList } from '../shared/problem-list';
import { describeProblem, type FieldProblem } from './field-problems';

/** How saving the settings went. */
export type SaveOutcome =
  | { saved: false; problems: FieldProblem[] }
  /**
   * `tracAccess`: whether the browser lets Casebook read the Trac site ("none" when no URL;
   * "cleartext" for an http:// Trac on another machine, which Casebook never reads).
   */
  | {
      saved: true;
      tracAccess: 'granted' | 'refused' | 'none' | 'cleartext';
      /** An admin's save changed the team's settings: what went wrong there, in words (saved here anyway). */
      teamProblem?: string;
      /** An admin's save changed these of the team's sections, for every member. */
      sharedWithTeam?: number;
    };

export interface SaveBarProps {
  dirty: boolean;
  pending: boolean;
  outcome: SaveOutcome | null;
  error: string | null;
}

/** The settings form's submit button and what the last save did. */
export function SaveBar({ dirty, pending, outcome, error }: SaveBarProps): JSX.Element {
  return (
    <div class="cb-save-bar">
      {outcome && !outcome.saved && (
        <ProblemList
          title={`Nothing was saved: ${outcome.problems.length} ${outcome.problems.length === 1 ? 'problem' : 'problems'} to fix.`}
          problems={outcome.problems.map(describeProblem)}
        />
      )}
      {error && <ProblemList title="Nothing was saved:" problems={[error]} />}
      {outcome?.saved && outcome.tracAccess === 'refused' && (
        <p class="cb-problems" role="alert">
          Settings saved, but access to the Trac site was refused. Escalation still opens prefilled tickets; Casebook
          cannot read their status. Save again to be asked again.
        </p>
      )}
      {outcome?.saved && outcome.tracAccess === 'cleartext' && (
        <p class="cb-problems" role="alert">
          Settings saved. Your Trac address starts with http://, so your Trac login would cross the network unencrypted:
          Casebook opens prefilled tickets there but never reads from it (no ticket status, no duplicate search, the
          created ticket number is typed by hand). Use https:// if your Trac has it.
        </p>
      )}
      {outcome?.saved && outcome.teamProblem && (
        <p class="cb-problems" role="alert">
          Saved in this browser, but the team’s settings were not changed: {outcome.teamProblem}
        </p>
      )}
      <div class="cb-row">
        <button type="submit" class="cb-button cb-button--primary" disabled={pending}>
          {pending ? 'Saving…' : 'Save settings'}
        </button>
        <span role="status" class="cb-muted">
          {dirty ? 'You have unsaved changes.' : outcome?.saved ? (outcome.sharedWithTeam ? 'Settings saved, for the whole team.' : 'Settings saved.') : ''}
        </span>
      </div>
    </div>
  );
}
