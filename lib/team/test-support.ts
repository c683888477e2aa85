// Test-only: team cases, replicas that exchange updates, and random edits made with lib/core's own edit functions.
import * as Y from 'yjs';
import type { CaseEvent, SupportCase } from '../model/case';
import { ASSESSMENT_STEPS, CASE_STATUSES, TROUBLESHOOTING_STEPS } from '../model/vocabulary';
import { setCategory, setNotes, setOwner, linkTicket, updateTicketStatus } from '../core/case/case-edits';
import { updateStep } from '../core/case/checklists';
import { newCase } from '../core/case/new-case';
import { conversationKeyOf } from '../core/case/conversation-key';
import { transition } from '../core/case/case-status';
import type { Rng } from '../core/seeded-random';
import { readCase, writeCase } from './case-doc';

export const at = (iso: string): number => Date.parse(iso);
export const T0 = at('2025-03-03T09:14:07Z');
export const KEY = 'conv-Ab3dE5gH7jK';

export function teamCase(overrides: Partial<SupportCase> = {}): SupportCase {
  return {
    ...newCase({
      id: KEY,
      host: 'gmail',
      account: 'alice@ftpgate.example.com',
      threadId: '1955a1c2d3e4f501',
      threadUrl: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTVaLiCe',
      subject: 'FTPGate Server 4.2: passive-mode transfers time out after upgrade',
      customer: { name: 'Dana Whitfield', email: 'dana.whitfield@lakeside.example.com', organisation: 'Lakeside' },
      originator: 'customer',
      source: 'email',
      createdAt: T0,
    }),
    ...overrides,
  };
}

/** The i-th of many team cases (tests and the team bench): each its own customer, a minute apart, tracked from `account`'s mailbox. */
export function numberedCase(i: number, account: string, subject: string, t0: number): SupportCase {
  const createdAt = t0 + i * 60_000;
  return newCase({
    id: conversationKeyOf(subject, createdAt)!,
    host: 'gmail',
    account,
    threadId: (0x1955a1c2d3e4f500 + i).toString(16),
    threadUrl: `https://mail.google.com/mail/u/0/#inbox/${i}`,
    subject,
    customer: { name: `Dana ${i}`, email: `dana${i}@customer.example`, organisation: 'Customer' },
    originator: 'customer',
    source: 'email',
    createdAt,
  });
}

export function createdEvent(c: SupportCase, id = 'ev-created'): CaseEvent {
  return { id, caseId: c.id, at: c.createdAt, actor: 'casebook', type: 'created', from: null, to: null, reason: 'Support thread opened' };
}

/** A replica: its own Y.Doc with its own client id (Yjs picks the same-field winner by client id). */
export function replica(clientID: number): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  return doc;
}

/** Sends `from`'s changes that `to` lacks (what a provider does on reconnect). */
export function send(from: Y.Doc, to: Y.Doc): void {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), 'remote');
}

export function syncAll(...docs: Y.Doc[]): void {
  for (const a of docs) for (const b of docs) if (a !== b) send(a, b);
}

/** The case a member sees in `doc`, with the events written; throws when the document holds none. */
export function read(doc: Y.Doc): { case: SupportCase; events: CaseEvent[] } {
  const found = readCase(doc);
  if (!found) throw new Error('no case in the document');
  return { case: found.case, events: found.events };
}

const OWNERS = [null, 'alice@ftpgate.example.com', 'bob@ftpgate.example.com', 'carol@ftpgate.example.com'];
const CATEGORIES = [null, 'defect', 'question', 'feature_request'];
const WORDS = ['log', 'passive', 'port', 'range', '50000', 'TLS', 'upgrade', 'called', 'Dana', 'fixed', 'waiting'];

/**
 * One random edit of the case in `doc` by `actor`, made as the background makes it (a lib/core
 * edit function on the case as read, then writeCase). Returns the events it wrote.
 */
export function randomEdit(doc: Y.Doc, rng: Rng, actor: string, now: number, newId: () => string): CaseEvent[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
  const { case: c } = read(doc);
  const meta = { actor, at: now, eventId: newId() };
  const kind = Math.floor(rng() * 7);
  let result: { case: SupportCase; events: CaseEvent[] } | null = null;
  if (kind === 0) {
    const moved = transition(c, pick(CASE_STATUSES), { ...meta, reason: 'By hand' });
    result = moved.ok ? { case: moved.case, events: [moved.event] } : null;
  } else if (kind === 1) {
    const change = setOwner(c, pick(OWNERS), meta);
    result = change && { case: change.case, events: [change.event] };
  } else if (kind === 2) {
    // Notes: a word inserted somewhere, or a span removed.
    const position = Math.floor(rng() * (c.notes.length + 1));
    const notes = rng() < 0.75 ? `${c.notes.slice(0, position)} ${pick(WORDS)}${c.notes.slice(position)}` : c.notes.slice(0, position) + c.notes.slice(Math.min(c.notes.length, position + 5));
    const change = setNotes(c, notes, meta);
    result = change && { case: change.case, events: [change.event] };
  } else if (kind === 3) {
    const ref = rng() < 0.5 ? { list: 'assessment' as const, step: pick(ASSESSMENT_STEPS) } : { list: 'troubleshooting' as const, step: pick(TROUBLESHOOTING_STEPS) };
    const change = updateStep(c, ref, { done: rng() < 0.6, note: rng() < 0.3 ? pick(WORDS) : '' }, meta);
    result = change && { case: change.case, events: [change.event] };
  } else if (kind === 4) {
    const change = setCategory(c, pick(CATEGORIES), meta);
    result = change && { case: change.case, events: [change.event] };
  } else if (kind === 5 && c.tickets.length < 3) {
    const number = 4000 + Math.floor(rng() * 50);
    result = linkTicket(c, { number, url: `https://trac.example.com/ticket/${number}`, linkedAt: now, status: null, resolution: null, checkedAt: null }, { ...meta, statusEventId: newId() });
  } else if (c.tickets.length > 0) {
    const ticket = pick(c.tickets);
    result = updateTicketStatus(c, { number: ticket.number, status: pick(['new', 'assigned', 'closed']), resolution: null, checkedAt: now }, meta);
  }
  if (!result || (result.events.length === 0 && result.case === c)) return [];
  writeCase(doc, result.case, result.events, actor);
  return result.events;
}
