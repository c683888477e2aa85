import type { SupportCase } from '../../model/case';
import type { HostHint } from '../../model/messages';
import type { TeamMember } from '../../model/settings';
import type { CollaborativeState } from '../../model/thread';

const RESOLUTION_WORDS = { complete: 'marked complete', duplicate: 'marked as a duplicate', no_action_needed: 'marked “no action needed”' } as const;

/**
 * What a Google Groups Collaborative Inbox says about the conversation, as one-click suggestions
 * for the case: its assignee as the owner (the team's spelling of the address when the team
 * has it), its resolution as closing. Worded here, in the background, so Groups tabs carry only
 * the buttons; the sidebar hides a hint once the case already is so (`hintApplies`).
 */
export function collaborativeHints(collaborative: CollaborativeState | null, team: readonly TeamMember[]): HostHint[] {
  if (!collaborative) return [];
  const hints: HostHint[] = [];
  const assignee = collaborative.assigneeEmail?.toLowerCase() ?? null;
  if (assignee) {
    const name = collaborative.assigneeName || assignee;
    const member = team.find((m) => m.email.toLowerCase() === assignee);
    hints.push({ text: `Groups assigns this to ${name}.`, button: `Make ${name} the owner`, change: { kind: 'owner', to: member?.email ?? assignee } });
  }
  if (collaborative.resolution) {
    const words = RESOLUTION_WORDS[collaborative.resolution];
    hints.push({ text: `Groups has this conversation ${words}.`, button: 'Close the case', change: { kind: 'status', to: 'closed', reason: `Groups: ${words}` } });
  }
  return hints;
}

/** Whether the case already is what the hint suggests (its owner, its status): then it is not offered. */
export function hintApplies(hint: HostHint, supportCase: SupportCase): boolean {
  const { change } = hint;
  if (change.kind === 'owner') return supportCase.owner?.toLowerCase() === change.to?.toLowerCase();
  return change.kind === 'status' && supportCase.status === change.to;
}
