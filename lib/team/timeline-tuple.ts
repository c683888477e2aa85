import { CaseEvent, type CaseEventType } from '../model/case';

/**
 * Event types by their number in a case document. Frozen order: documents outlive builds, so a
 * new type goes at the end and none is ever removed or moved (the `satisfies` below fails when
 * the model gains a type this list lacks).
 */
const TYPES = [
  'created', 'status_changed', 'owner_changed', 'reopened', 'customer_message', 'staff_reply',
  'checklist_ticked', 'note_changed', 'ticket_linked', 'ticket_status', 'category_changed', 'linked',
] as const;
const everyType: readonly CaseEventType[] = TYPES satisfies readonly CaseEventType[];
// Does not compile when the model gains an event type this list lacks.
const _everyTypeListed: [CaseEventType] extends [(typeof TYPES)[number]] ? true : never = true;

/**
 * One timeline event in a case document: [id, at, actor, type number, from, to, reason]. An
 * array, not an object, so the field names are not stored 1,000 times; the case id is the
 * document's. Consecutive events appended by one member are stored by Yjs as one run.
 */
export type EventTuple = [id: string, at: number, actor: string, type: number, from: string | null, to: string | null, reason: string];

export function eventToTuple(event: CaseEvent): EventTuple {
  return [event.id, event.at, event.actor, everyType.indexOf(event.type), event.from, event.to, event.reason];
}

/** The event a tuple holds, checked with the model's schema; null for anything else (another build's or a hostile member's data). */
export function tupleToEvent(raw: unknown, caseId: string): CaseEvent | null {
  if (!Array.isArray(raw)) return null;
  const [id, at, actor, type, from, to, reason] = raw as unknown[];
  const parsed = CaseEvent.safeParse({ id, caseId, at, actor, type: typeof type === 'number' ? everyType[type] : undefined, from, to, reason });
  return parsed.success ? parsed.data : null;
}
