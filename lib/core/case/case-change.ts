import type { CaseEvent, CaseEventType, SupportCase } from '../../model/case';

/** The actor recorded for changes Casebook makes by itself (thread read, inbox list, deadline). */
export const AUTOMATIC_ACTOR = 'casebook';

/** Who makes a change and when; the event id is passed in because lib/core makes no ids. */
export interface EditMeta {
  actor: string;
  at: number;
  eventId: string;
}

/** One edit: the case after it and the timeline line that explains it. */
export interface CaseChange {
  case: SupportCase;
  event: CaseEvent;
}

/** Several edits at once (reading a thread can add messages and change the status). */
export interface CaseChanges {
  case: SupportCase;
  events: CaseEvent[];
}

export function caseEvent(
  caseId: string,
  meta: EditMeta,
  type: CaseEventType,
  change: { from?: string | null; to?: string | null; reason: string },
): CaseEvent {
  return {
    id: meta.eventId,
    caseId,
    at: meta.at,
    actor: meta.actor,
    type,
    from: change.from ?? null,
    to: change.to ?? null,
    reason: change.reason,
  };
}
