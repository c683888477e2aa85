import type { ChecklistItem, SupportCase, TracTicketLink } from '../../model/case';
import { deepEqual } from './deep-equal';

/**
 * How each field of two concurrent edits is combined. Declared for every field (the `satisfies`
 * makes a new model field a type error here until someone decides how it merges).
 * - field: three-way, per field: the writer's value if it changed it, else the stored one;
 *   when both changed it, the writer being saved now (the last writer) wins.
 * - awaiting / lastMessage: fields that only make sense together merge as one unit.
 * - counter: both increments are kept. set, tickets, checklist: merged per element.
 */
const POLICY = {
  id: 'stored', host: 'stored', account: 'stored', threadId: 'stored',
  threadUrl: 'field', subject: 'field', customer: 'field', originator: 'field', source: 'field',
  status: 'field', owner: 'field', category: 'field', notes: 'field',
  createdAt: 'earliest', updatedAt: 'latest', version: 'latest',
  awaitingSince: 'awaiting', dueAt: 'awaiting',
  lastMessageAt: 'lastMessage', lastMessageId: 'lastMessage', lastMessageFrom: 'lastMessage',
  reopenCount: 'counter',
  assessment: 'checklist', troubleshooting: 'checklist',
  tickets: 'tickets',
  linkedCaseIds: 'set',
} as const satisfies Record<keyof SupportCase, string>;

/** The writer's value when it changed it since `base` (everything counts as changed without a base). */
function threeWay<T>(base: T | undefined, stored: T, writer: T): T {
  return base !== undefined && deepEqual(writer, base) ? stored : writer;
}

function mergeChecklist<K extends string>(base: Record<K, ChecklistItem> | undefined, stored: Record<K, ChecklistItem>, writer: Record<K, ChecklistItem>): Record<K, ChecklistItem> {
  const merged = { ...stored };
  for (const step of Object.keys(writer) as K[]) merged[step] = threeWay(base?.[step], stored[step], writer[step]);
  return merged;
}

/** Tickets are only ever added: union by number, each ticket's read-back status merged three-way. */
function mergeTickets(base: TracTicketLink[] | undefined, stored: TracTicketLink[], writer: TracTicketLink[]): TracTicketLink[] {
  const merged = new Map(stored.map((ticket) => [ticket.number, ticket]));
  for (const ticket of writer) {
    const before = base?.find((old) => old.number === ticket.number);
    const current = merged.get(ticket.number);
    merged.set(ticket.number, current ? threeWay(before, current, ticket) : ticket);
  }
  return [...merged.values()].sort((a, b) => a.linkedAt - b.linkedAt);
}

/** Both writers' increments; without a base, the larger count. */
function mergeCounter(base: number | undefined, stored: number, writer: number): number {
  return base === undefined ? Math.max(stored, writer) : stored + Math.max(0, writer - base);
}

/** Stored ids, plus the writer's additions, minus the writer's removals. */
function mergeSet(base: string[] | undefined, stored: string[], writer: string[]): string[] {
  const added = writer.filter((id) => !(base ?? []).includes(id));
  const removed = (base ?? []).filter((id) => !writer.includes(id));
  return [...new Set([...stored, ...added])].filter((id) => !removed.includes(id));
}

/**
 * Combines a write based on `base` with the `stored` case another writer saved meanwhile, so
 * neither update is lost (the sidebar and the dashboard can edit one case at the same time).
 * `base` is null when both writers created the case. The result keeps the stored version;
 * the repository bumps it.
 */
export function mergeCase(base: SupportCase | null, stored: SupportCase, writer: SupportCase): SupportCase {
  const b = base ?? undefined;
  const awaiting = threeWay(b && { a: b.awaitingSince, d: b.dueAt }, { a: stored.awaitingSince, d: stored.dueAt }, { a: writer.awaitingSince, d: writer.dueAt });
  const newest = (writer.lastMessageAt ?? -Infinity) >= (stored.lastMessageAt ?? -Infinity) ? writer : stored;
  const merged: Record<string, unknown> = {};
  for (const [key, policy] of Object.entries(POLICY) as [keyof SupportCase, string][]) {
    const [before, now, mine] = [b?.[key], stored[key], writer[key]];
    if (policy === 'stored') merged[key] = now;
    else if (policy === 'field') merged[key] = threeWay(before, now, mine);
    else if (policy === 'earliest') merged[key] = Math.min(now as number, mine as number);
    else if (policy === 'latest') merged[key] = Math.max(now as number, mine as number);
    else if (policy === 'awaiting') merged[key] = key === 'dueAt' ? awaiting.d : awaiting.a;
    else if (policy === 'lastMessage') merged[key] = newest[key];
    else if (policy === 'counter') merged[key] = mergeCounter(before as number | undefined, now as number, mine as number);
    else if (policy === 'checklist') merged[key] = mergeChecklist(before as Record<string, ChecklistItem> | undefined, now as Record<string, ChecklistItem>, mine as Record<string, ChecklistItem>);
    else if (policy === 'tickets') merged[key] = mergeTickets(before as TracTicketLink[] | undefined, now as TracTicketLink[], mine as TracTicketLink[]);
    else merged[key] = mergeSet(before as string[] | undefined, now as string[], mine as string[]);
  }
  return merged as SupportCase;
}
