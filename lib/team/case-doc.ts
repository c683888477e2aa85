import * as Y from 'yjs';
import { SupportCase, TracTicketLink, type CaseEvent, type ChecklistItem } from '../model/case';
import type { Host } from '../model/thread';
import { deepEqual } from '../core/case/deep-equal';
import { ASSESSMENT_STEPS, TROUBLESHOOTING_STEPS } from '../model/vocabulary';
import { rebaseTextChange, textChange } from './text-change';
import { eventToTuple, tupleToEvent, type EventTuple } from './timeline-tuple';

/**
 * A team case as a Y.Doc (one document per case, named by its conversation key). Layout:
 *
 * - `case` (Y.Map): one key per shared field, so concurrent edits of different fields both
 *   survive and the same field gets Yjs's one deterministic winner. Fields that only make
 *   sense together are one value: `awaiting` {since, dueAt}, `lastMessage` {at, from}, and a
 *   checklist step's {done, doneAt}.
 * - `checklists` (Y.Map): `assessment.<step>` → {done, doneAt}, `assessment.<step>.note` → text.
 * - `tickets` (Y.Map): Trac ticket number → its link (tickets are only added).
 * - `links` (Y.Map): linked case id → true (a set: add and remove by key).
 * - `threads` (Y.Map): `host:account` → where each member reads the conversation (thread id,
 *   link, last message id): Gmail ids differ per mailbox, so these are per member, not shared.
 * - `notes` (Y.Text): edited by the smallest replacement, so concurrent edits in different
 *   places both stay, and concurrent insertions at one place both stay (Yjs orders them).
 * - `timeline` (Y.Array of EventTuple): the newest events; every member's events stay; an event
 *   id seen twice is read once. Older events move to one archive document per month, listed
 *   in `history` (lib/team/timeline-archive.ts), so the document stays small however long the
 *   case runs.
 * - `updatedAt` is written only when no event of the write dates it: reading takes the newest
 *   of it and the timeline's events (one Yjs item less per edit).
 *
 * `version` (the local row's write counter) is not shared: the projection has version 0 and
 * lib/db numbers its own writes; index keys (sortKey …) are recomputed there from the case.
 */
export const CASE_DOC_FORMAT = 1;

type List = 'assessment' | 'troubleshooting';
const LISTS: readonly [List, readonly string[]][] = [['assessment', ASSESSMENT_STEPS], ['troubleshooting', TROUBLESHOOTING_STEPS]];

/** Fields stored as they are in the model, one key each. */
const PLAIN = ['id', 'subject', 'originator', 'source', 'status', 'owner', 'category', 'reopenCount', 'createdAt', 'updatedAt'] as const satisfies readonly (keyof SupportCase)[];

export interface CaseDocParts {
  fields: Y.Map<unknown>;
  checklists: Y.Map<unknown>;
  tickets: Y.Map<unknown>;
  links: Y.Map<unknown>;
  threads: Y.Map<unknown>;
  notes: Y.Text;
  timeline: Y.Array<EventTuple>;
}

export function caseDocParts(doc: Y.Doc): CaseDocParts {
  return {
    fields: doc.getMap('case'),
    checklists: doc.getMap('checklists'),
    tickets: doc.getMap('tickets'),
    links: doc.getMap('links'),
    threads: doc.getMap('threads'),
    notes: doc.getText('notes'),
    timeline: doc.getArray('timeline'),
  };
}

/** Where one member reads the conversation. */
export interface MemberThread {
  host: Host | null;
  account: string;
  threadId: string | null;
  threadUrl: string;
  lastMessageId: string | null;
}

export const threadKeyOf = (c: Pick<SupportCase, 'host' | 'account'>): string => `${c.host ?? 'phone'}:${c.account.trim().toLowerCase()}`;

/** Sets `key` when the writer changed it since `base` (every field counts as changed without a base) and the document differs. */
function put(map: Y.Map<unknown>, key: string, base: unknown, next: unknown, hasBase: boolean): void {
  if (hasBase && deepEqual(base, next)) return;
  if (map.has(key) && deepEqual(map.get(key), next)) return;
  map.set(key, next);
}

const customerKeys = ['name', 'email', 'organisation'] as const;

/**
 * Writes what the writer changed: `next` compared with `base` (the case as the writer read
 * it; by default the document's own projection, i.e. `next` was made from readCase). A field
 * the writer did not change is left alone, so a stale copy cannot undo a colleague's edit; an
 * unchanged case writes nothing and so sends no update. `events` go into the timeline unless
 * their id is there already. Returns whether anything was written.
 */
export function writeCase(doc: Y.Doc, next: SupportCase, events: readonly CaseEvent[], origin: unknown, base?: SupportCase | null): boolean {
  const before = base === undefined ? (readCase(doc, next)?.case ?? null) : base;
  let wrote = false;
  // Yjs emits 'update' at the end of a transaction only when it changed something.
  const onUpdate = (): void => {
    wrote = true;
  };
  doc.on('update', onUpdate);
  try {
    doc.transact(() => writeParts(caseDocParts(doc), next, events, before), origin);
  } finally {
    doc.off('update', onUpdate);
  }
  return wrote;
}

function writeParts(parts: CaseDocParts, next: SupportCase, events: readonly CaseEvent[], before: SupportCase | null): void {
  const { fields, checklists, tickets, links, threads, notes, timeline } = parts;
  const hasBase = before !== null;
  if (!fields.has('format')) fields.set('format', CASE_DOC_FORMAT);
  for (const key of PLAIN) {
    // The earliest creation time stays (two members may have created the case).
    if (key === 'createdAt' && typeof fields.get(key) === 'number' && (fields.get(key) as number) <= next.createdAt) continue;
    // A write with events dates itself through them (readCase takes the newest): one Yjs item
    // less per edit, which is most of what a case document keeps of its history.
    if (key === 'updatedAt' && next.updatedAt <= newestAt(events)) continue;
    put(fields, key, before?.[key], next[key], hasBase);
  }
  for (const key of customerKeys) put(fields, `customer.${key}`, before?.customer[key], next.customer[key], hasBase);
  put(fields, 'awaiting', before && { since: before.awaitingSince, dueAt: before.dueAt }, { since: next.awaitingSince, dueAt: next.dueAt }, hasBase);
  put(fields, 'lastMessage', before && { at: before.lastMessageAt, from: before.lastMessageFrom }, { at: next.lastMessageAt, from: next.lastMessageFrom }, hasBase);

  for (const [list, steps] of LISTS) {
    for (const step of steps) {
      const item = (next[list] as Record<string, ChecklistItem>)[step]!;
      const old = (before?.[list] as Record<string, ChecklistItem> | undefined)?.[step];
      put(checklists, `${list}.${step}`, old && { done: old.done, doneAt: old.doneAt }, { done: item.done, doneAt: item.doneAt }, hasBase);
      put(checklists, `${list}.${step}.note`, old?.note, item.note, hasBase);
    }
  }

  // Tickets are only ever added; each one's read-back status is the writer's when they changed it.
  for (const ticket of next.tickets) {
    const old = before?.tickets.find((t) => t.number === ticket.number);
    put(tickets, String(ticket.number), old, ticket, old !== undefined);
  }

  const wasLinked = new Set(before?.linkedCaseIds ?? []);
  for (const id of next.linkedCaseIds) if (!wasLinked.has(id) && links.get(id) !== true) links.set(id, true);
  for (const id of wasLinked) if (!next.linkedCaseIds.includes(id) && links.has(id)) links.delete(id);

  const thread: MemberThread = { host: next.host, account: next.account, threadId: next.threadId, threadUrl: next.threadUrl, lastMessageId: next.lastMessageId };
  const threadKey = threadKeyOf(next);
  if (!deepEqual(threads.get(threadKey), thread)) threads.set(threadKey, thread);
  if (!fields.has('home')) fields.set('home', threadKey);

  const current = notes.toString();
  const change = hasBase ? rebaseTextChange(before.notes, next.notes, current) : textChange(current, next.notes);
  if (change) {
    if (change.remove > 0) notes.delete(change.index, change.remove);
    if (change.insert !== '') notes.insert(change.index, change.insert);
  }

  if (events.length > 0) {
    const known = new Set<unknown>(timeline.toArray().map((tuple) => (Array.isArray(tuple) ? tuple[0] : undefined)));
    const added: EventTuple[] = [];
    for (const event of events) {
      if (known.has(event.id)) continue;
      known.add(event.id);
      added.push(eventToTuple(event));
    }
    if (added.length > 0) timeline.push(added);
  }
}

const newestAt = (events: readonly CaseEvent[]): number => events.reduce((newest, event) => Math.max(newest, event.at), -Infinity);

/** The time of the newest event in the document's own timeline (the archive holds older ones only). */
function newestEventAt(timeline: Y.Array<EventTuple>): number {
  let newest = 0;
  for (const tuple of timeline) if (Array.isArray(tuple) && typeof tuple[1] === 'number' && Number.isFinite(tuple[1])) newest = Math.max(newest, tuple[1]);
  return newest;
}

/** Which member's thread the projection shows: the viewer's own when they have one. */
export type Viewer = Pick<SupportCase, 'host' | 'account'>;

const field = <K extends keyof SupportCase>(key: K, value: unknown, fallback: SupportCase[K]): SupportCase[K] =>
  SupportCase.shape[key].safeParse(value).success ? (value as SupportCase[K]) : fallback;
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const record = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

function readThread(value: unknown): MemberThread | null {
  const t = record(value);
  const host = field('host', t.host, null);
  if (typeof t.account !== 'string' || typeof t.threadUrl !== 'string') return null;
  return { host, account: t.account, threadId: field('threadId', t.threadId, null), threadUrl: t.threadUrl, lastMessageId: field('lastMessageId', t.lastMessageId, null) };
}

/** Every member's thread of this conversation (for links that open it in the clicking member's mailbox). */
export function caseThreads(doc: Y.Doc): MemberThread[] {
  return [...caseDocParts(doc).threads.values()].flatMap((value) => readThread(value) ?? []);
}

function readChecklist<K extends List>(checklists: Y.Map<unknown>, list: K, steps: readonly string[]): SupportCase[K] {
  const items: Record<string, ChecklistItem> = {};
  for (const step of steps) {
    const state = record(checklists.get(`${list}.${step}`));
    const note = checklists.get(`${list}.${step}.note`);
    const done = state.done === true;
    const doneAt = typeof state.doneAt === 'number' && Number.isFinite(state.doneAt) ? state.doneAt : null;
    items[step] = { done, note: typeof note === 'string' ? note : '', doneAt: done ? doneAt : null };
  }
  return items as SupportCase[K];
}

function readTickets(tickets: Y.Map<unknown>): TracTicketLink[] {
  const list = [...tickets.values()].flatMap((value) => {
    const parsed = TracTicketLink.safeParse(value);
    return parsed.success ? [parsed.data] : [];
  });
  return list.sort((a, b) => a.linkedAt - b.linkedAt || a.number - b.number);
}

/**
 * The case and its timeline as the document holds them, or null when the document holds no
 * case (not loaded yet, or not a case). Every value is checked with the model's own schemas and
 * falls back to a new case's value when it does not fit, so the result always validates, whatever
 * a member (or another build) put in the document. Events: by time, then in document order
 * (the same on every replica); an event id seen twice is read once; tuples that do not fit are
 * left out and counted.
 */
export function readCase(doc: Y.Doc, viewer?: Viewer): { case: SupportCase; events: CaseEvent[]; skippedEvents: number } | null {
  const { fields, checklists, tickets, links, threads, notes, timeline } = caseDocParts(doc);
  const id = fields.get('id');
  if (typeof id !== 'string' || id === '') return null;
  const own = viewer ? readThread(threads.get(threadKeyOf(viewer))) : null;
  const home = readThread(threads.get(String(fields.get('home')))) ?? caseThreads(doc)[0] ?? null;
  const thread = own ?? home ?? { host: null, account: '', threadId: null, threadUrl: '', lastMessageId: null };
  const awaiting = record(fields.get('awaiting'));
  const last = record(fields.get('lastMessage'));
  const createdAt = field('createdAt', fields.get('createdAt'), 0);
  const c: SupportCase = {
    id,
    host: thread.host,
    account: thread.account,
    threadId: thread.threadId,
    threadUrl: thread.threadUrl,
    subject: field('subject', fields.get('subject'), ''),
    customer: {
      name: text(fields.get('customer.name')),
      email: text(fields.get('customer.email')),
      organisation: text(fields.get('customer.organisation')),
    },
    originator: field('originator', fields.get('originator'), 'customer'),
    source: field('source', fields.get('source'), 'email'),
    status: field('status', fields.get('status'), 'new'),
    owner: field('owner', fields.get('owner'), null),
    createdAt,
    updatedAt: Math.max(field('updatedAt', fields.get('updatedAt'), createdAt), newestEventAt(timeline)),
    awaitingSince: field('awaitingSince', awaiting.since, []),
    dueAt: field('dueAt', awaiting.dueAt, null),
    lastMessageAt: field('lastMessageAt', last.at, null),
    lastMessageId: thread.lastMessageId,
    lastMessageFrom: field('lastMessageFrom', last.from, null),
    reopenCount: field('reopenCount', fields.get('reopenCount'), 0),
    category: field('category', fields.get('category'), null),
    assessment: readChecklist(checklists, 'assessment', ASSESSMENT_STEPS),
    troubleshooting: readChecklist(checklists, 'troubleshooting', TROUBLESHOOTING_STEPS),
    notes: notes.toString(),
    tickets: readTickets(tickets),
    linkedCaseIds: [...links.entries()].filter(([, value]) => value === true).map(([key]) => key).sort(),
    version: 0,
  };
  const parsed = SupportCase.safeParse(c);
  if (!parsed.success) return null;
  const seen = new Set<string>();
  let skippedEvents = 0;
  const events: CaseEvent[] = [];
  for (const tuple of timeline.toArray()) {
    const event = tupleToEvent(tuple, id);
    if (event === null) skippedEvents += 1;
    else if (!seen.has(event.id)) {
      seen.add(event.id);
      events.push(event);
    }
  }
  // Array.prototype.sort is stable: same-time events keep the document's order.
  events.sort((a, b) => a.at - b.at);
  return { case: parsed.data, events, skippedEvents };
}
