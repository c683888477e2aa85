import type { SupportCase, TracTicketLink } from '../../model/case';
import { caseEvent, type CaseChange, type CaseChanges, type EditMeta } from './case-change';
import { transition } from './case-status';

/** Assigns the case (owner is a team member's address) or unassigns it (null). Null result: no change. */
export function setOwner(c: SupportCase, owner: string | null, meta: EditMeta & { reason?: string }): CaseChange | null {
  const next = owner === null || owner.trim() === '' ? null : owner.trim().toLowerCase();
  if (next === c.owner) return null;
  return {
    case: { ...c, owner: next, updatedAt: meta.at },
    event: caseEvent(c.id, meta, 'owner_changed', { from: c.owner, to: next, reason: meta.reason ?? (next ? 'Assigned' : 'Unassigned') }),
  };
}

/** Replaces the free notes. The event says that they changed, not what they say (notes can be long). */
export function setNotes(c: SupportCase, notes: string, meta: EditMeta): CaseChange | null {
  if (notes === c.notes) return null;
  return {
    case: { ...c, notes, updatedAt: meta.at },
    event: caseEvent(c.id, meta, 'note_changed', { reason: notes.trim() === '' ? 'Notes cleared' : 'Notes edited' }),
  };
}

/** Records the category the user chose or confirmed (the classifier's own guess is not stored here). */
export function setCategory(c: SupportCase, category: string | null, meta: EditMeta & { reason?: string }): CaseChange | null {
  if (category === c.category) return null;
  return {
    case: { ...c, category, updatedAt: meta.at },
    event: caseEvent(c.id, meta, 'category_changed', { from: c.category, to: category, reason: meta.reason ?? 'Category set' }),
  };
}

/**
 * Records a Trac ticket created for the case and, by the process ("waiting on a developer …
 * a Trac ticket should be created"), moves the case to waiting_developer when allowed.
 * A ticket already linked changes nothing.
 */
export function linkTicket(c: SupportCase, ticket: TracTicketLink, meta: EditMeta & { statusEventId: string }): CaseChanges {
  if (c.tickets.some((linked) => linked.number === ticket.number)) return { case: c, events: [] };
  const linked: SupportCase = { ...c, tickets: [...c.tickets, ticket], updatedAt: meta.at };
  const events = [caseEvent(c.id, meta, 'ticket_linked', { to: `#${ticket.number}`, reason: ticket.url })];
  if (c.status === 'waiting_developer') return { case: linked, events };
  const moved = transition(linked, 'waiting_developer', { ...meta, eventId: meta.statusEventId, reason: `Trac ticket #${ticket.number} created` });
  return moved.ok ? { case: moved.case, events: [...events, moved.event] } : { case: linked, events };
}

/** Stores a ticket's status read back from Trac; an event only when status or resolution changed. */
export function updateTicketStatus(
  c: SupportCase,
  read: { number: number; status: string | null; resolution: string | null; checkedAt: number },
  meta: EditMeta,
): CaseChanges {
  const ticket = c.tickets.find((linked) => linked.number === read.number);
  if (!ticket) return { case: c, events: [] };
  const tickets = c.tickets.map((linked) => (linked.number === read.number ? { ...linked, status: read.status, resolution: read.resolution, checkedAt: read.checkedAt } : linked));
  const next = { ...c, tickets };
  if (ticket.status === read.status && ticket.resolution === read.resolution) return { case: next, events: [] };
  const describe = (status: string | null, resolution: string | null): string | null => (status && resolution ? `${status} (${resolution})` : status);
  const event = caseEvent(c.id, meta, 'ticket_status', {
    from: describe(ticket.status, ticket.resolution),
    to: describe(read.status, read.resolution),
    reason: `Trac ticket #${read.number}`,
  });
  return { case: { ...next, updatedAt: meta.at }, events: [event] };
}
