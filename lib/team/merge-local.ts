import type * as Y from 'yjs';
import type { CaseEvent, ChecklistItem, SupportCase, TracTicketLink } from '../model/case';
import type { EditMeta } from '../core/case/case-change';
import { readCase, writeCase } from './case-doc';

/** Two texts as one, neither lost: the one when they agree or one holds the other, else both. */
function joinText(team: string, local: string, separator: string): string {
  if (local === '' || team.includes(local)) return team;
  if (team === '' || local.includes(team)) return local;
  return `${team}${separator}${local}`;
}

function joinItem(team: ChecklistItem, local: ChecklistItem): ChecklistItem {
  const done = team.done || local.done;
  const times = [team.doneAt, local.doneAt].filter((t): t is number => t !== null);
  return { done, note: joinText(team.note, local.note, ' / '), doneAt: done && times.length > 0 ? Math.min(...times) : null };
}

function joinList<T extends Record<string, ChecklistItem>>(team: T, local: T): T {
  return Object.fromEntries(Object.keys(team).map((step) => [step, joinItem(team[step]!, local[step] ?? team[step]!)])) as T;
}

/**
 * A member's local case joined with the team's case of the same conversation, when the member
 * joins a team. Neither side was based on the other, so: the more recently updated side's
 * status, owner, category and deadline, unless it has none and the other has one; both notes
 * (either one when it already holds the other); a checklist step done on either side; every
 * ticket and link of both; the larger re-open count; the earliest creation; the team's key.
 */
export function joinCases(team: SupportCase, local: SupportCase): SupportCase {
  const [newer, older] = local.updatedAt > team.updatedAt ? [local, team] : [team, local];
  const either = <K extends keyof SupportCase>(key: K): SupportCase[K] => (newer[key] === null || newer[key] === '' ? older[key] : newer[key]);
  const tickets = new Map<number, TracTicketLink>();
  for (const ticket of [...older.tickets, ...newer.tickets]) {
    const known = tickets.get(ticket.number);
    if (!known || (ticket.checkedAt ?? 0) >= (known.checkedAt ?? 0)) tickets.set(ticket.number, ticket);
  }
  const newest = (team.lastMessageAt ?? -Infinity) >= (local.lastMessageAt ?? -Infinity) ? team : local;
  return {
    ...team,
    subject: either('subject'),
    customer: { name: newer.customer.name || older.customer.name, email: newer.customer.email || older.customer.email, organisation: newer.customer.organisation || older.customer.organisation },
    status: newer.status,
    owner: either('owner'),
    category: either('category'),
    awaitingSince: newer.awaitingSince,
    dueAt: newer.dueAt,
    lastMessageAt: newest.lastMessageAt,
    lastMessageFrom: newest.lastMessageFrom,
    createdAt: Math.min(team.createdAt, local.createdAt),
    updatedAt: Math.max(team.updatedAt, local.updatedAt),
    reopenCount: Math.max(team.reopenCount, local.reopenCount),
    notes: joinText(team.notes, local.notes, '\n\n'),
    assessment: joinList(team.assessment, local.assessment),
    troubleshooting: joinList(team.troubleshooting, local.troubleshooting),
    tickets: [...tickets.values()].sort((a, b) => a.linkedAt - b.linkedAt),
    linkedCaseIds: [...new Set([...team.linkedCaseIds, ...local.linkedCaseIds])].filter((id) => id !== team.id && id !== local.id).sort(),
  };
}

/**
 * Puts a member's existing local case into the team's document of the same conversation (the
 * caller found it by conversation key): into an empty document as it is, under `teamKey`; into
 * a document that holds the case, joined (joinCases). Both timelines are kept, plus one `linked`
 * event saying what happened. The member's own thread is recorded for their links.
 */
export function mergeLocalIntoDoc(
  doc: Y.Doc,
  teamKey: string,
  local: SupportCase,
  localEvents: readonly CaseEvent[],
  meta: EditMeta,
  origin: unknown,
): { case: SupportCase; events: CaseEvent[] } {
  const current = readCase(doc, local);
  const mine = { ...local, id: teamKey };
  const event: CaseEvent = { id: meta.eventId, caseId: teamKey, at: meta.at, actor: meta.actor, type: 'linked', from: local.id, to: teamKey, reason: current ? 'Local case joined the team\'s case' : 'Local case shared with the team' };
  const events = [...localEvents.map((e) => ({ ...e, caseId: teamKey })), event];
  if (current === null) {
    writeCase(doc, mine, events, origin, null);
  } else {
    // The member's own thread first (writeCase records the thread of the case it is given) …
    writeCase(doc, { ...current.case, host: local.host, account: local.account, threadId: local.threadId, threadUrl: local.threadUrl, lastMessageId: local.lastMessageId }, [], origin);
    // … then the joined case, based on what the document held.
    const joined = joinCases(readCase(doc, local)!.case, mine);
    writeCase(doc, joined, events, origin, readCase(doc, local)!.case);
  }
  const found = readCase(doc, local)!;
  return { case: found.case, events: found.events };
}
