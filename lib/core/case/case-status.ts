import type { CaseStatus, SupportCase } from '../../model/case';
import { caseEvent, type CaseChange, type EditMeta } from './case-change';

/**
 * Every status change allowed, by the process "new → acknowledged → in progress / waiting on the
 * customer / waiting on a developer → closed". A case never goes back to `new` or `acknowledged`
 * (those say whether the first answer was sent); a closed case can only be re-opened (in progress).
 * `new` may skip `acknowledged` to wait, escalate or close (an auto-reply needs no answer).
 */
export const STATUS_TRANSITIONS = {
  new: ['acknowledged', 'waiting_customer', 'waiting_developer', 'closed'],
  acknowledged: ['in_progress', 'waiting_customer', 'waiting_developer', 'closed'],
  in_progress: ['waiting_customer', 'waiting_developer', 'closed'],
  waiting_customer: ['in_progress', 'waiting_developer', 'closed'],
  waiting_developer: ['in_progress', 'waiting_customer', 'closed'],
  closed: ['in_progress'],
} as const satisfies Record<CaseStatus, readonly CaseStatus[]>;

/** Statuses a new customer message re-opens: the case was put aside and must come back. */
export const REOPENABLE: readonly CaseStatus[] = ['waiting_customer', 'waiting_developer', 'closed'];

export function canTransition(from: CaseStatus, to: CaseStatus): boolean {
  return (STATUS_TRANSITIONS[from] as readonly CaseStatus[]).includes(to);
}

export interface TransitionMeta extends EditMeta {
  reason: string;
}

export type TransitionResult = ({ ok: true } & CaseChange) | { ok: false; error: string };

/**
 * Changes the status and records who, when, from what and why. Closing also clears the
 * messages awaiting an answer: closing says nothing more is owed (a "thank you", an
 * auto-reply), so a closed case never shows as overdue.
 */
export function transition(c: SupportCase, to: CaseStatus, meta: TransitionMeta): TransitionResult {
  if (!canTransition(c.status, to)) {
    return { ok: false, error: `A ${c.status} case cannot become ${to}.` };
  }
  const cleared = to === 'closed' ? { awaitingSince: [], dueAt: null } : {};
  return {
    ok: true,
    case: { ...c, ...cleared, status: to, updatedAt: meta.at },
    event: caseEvent(c.id, meta, 'status_changed', { from: c.status, to, reason: meta.reason }),
  };
}

/**
 * A customer wrote again on a waiting or closed case: back to in progress, counted in
 * `reopenCount`, recorded as `reopened`. Null when the status is not one that re-opens.
 */
export function reopen(c: SupportCase, meta: TransitionMeta): CaseChange | null {
  if (!REOPENABLE.includes(c.status)) return null;
  const result = transition(c, 'in_progress', meta);
  if (!result.ok) return null;
  return {
    case: { ...result.case, reopenCount: c.reopenCount + 1 },
    event: { ...result.event, type: 'reopened' },
  };
}

/**
 * Where a staff reply moves the case: the first answer acknowledges a new case; a later answer
 * puts the ball in the customer's court. Waiting on a developer stays so (the reply is an update).
 */
export function statusAfterStaffReply(status: CaseStatus): CaseStatus {
  if (status === 'new') return 'acknowledged';
  if (status === 'acknowledged' || status === 'in_progress') return 'waiting_customer';
  return status;
}
