import type { JSX } from 'preact';
import type { HostPanelProps } from './sidebar';

const resolutionWords = { complete: 'marked complete', duplicate: 'marked as a duplicate', no_action_needed: 'marked “no action needed”' } as const;

/**
 * What a Google Groups Collaborative Inbox says about the conversation (assignee, resolution),
 * offered as one-click suggestions for the case. Casebook never writes to the Groups page.
 * The Groups entrypoint hands it to the sidebar as its host panel.
 */
export function CollaborativeHints({ thread, supportCase, team, onChange }: HostPanelProps): JSX.Element | null {
  const { collaborative } = thread;
  if (!collaborative) return null;
  const assignee = collaborative.assigneeEmail?.toLowerCase() ?? null;
  const member = assignee ? team.find((m) => m.email.toLowerCase() === assignee) : undefined;
  const suggestOwner = assignee !== null && supportCase.owner?.toLowerCase() !== assignee;
  const suggestClose = collaborative.resolution !== null && supportCase.status !== 'closed';
  if (!suggestOwner && !suggestClose) return null;
  return (
    <section class="cb-section cb-hints" aria-label="Collaborative Inbox">
      {suggestOwner && assignee ? (
        <p>
          Groups assigns this to {collaborative.assigneeName || assignee}.{' '}
          <button type="button" onClick={() => onChange({ kind: 'owner', to: member?.email ?? assignee })}>
            Make {collaborative.assigneeName || assignee} the owner
          </button>
        </p>
      ) : null}
      {suggestClose && collaborative.resolution ? (
        <p>
          Groups has this conversation {resolutionWords[collaborative.resolution]}.{' '}
          <button type="button" onClick={() => onChange({ kind: 'status', to: 'closed', reason: `Groups: ${resolutionWords[collaborative.resolution!]}` })}>
            Close the case
          </button>
        </p>
      ) : null}
    </section>
  );
}
