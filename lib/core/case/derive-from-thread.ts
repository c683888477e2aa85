import type { CaseEvent, CaseStatus, SupportCase } from '../../model/case';
import type { Settings } from '../../model/settings';
import type { ThreadSnapshot } from '../../model/thread';
import type { HolidayLookup } from '../calendar/business-time';
import { withAwaiting, type DeadlineRules } from './awaiting';
import { detectSource } from '../classifier/source';
import { fnv1a64 } from '../fnv1a-64';
import { namedCustomerOf } from './named-customer';
import { caseEvent, type CaseChanges } from './case-change';
import { reopen, statusAfterStaffReply, transition } from './case-status';
import { customerFrom, NO_CUSTOMER } from './customer';
import { caseIdFor, newCase } from './new-case';
import { isStaff } from './staff';
import { datedMessages, messagesAfter, unansweredArrivals, type DatedMessage } from './thread-messages';

export interface ThreadContext {
  settings: Settings;
  now: number;
  newId: () => string;
  /** Who reads the thread: a team member's address, or AUTOMATIC_ACTOR. */
  actor: string;
  holidays: HolidayLookup;
  /** Why a new case is tracked ("Thread to support@…", "Tracked by hand"); see autoTrackReason. */
  trackReason?: string;
}

export interface ThreadUpdate extends CaseChanges {
  /** False when the read found nothing new: the caller need not save. */
  changed: boolean;
}

function rulesOf(ctx: ThreadContext): DeadlineRules {
  return { calendar: ctx.settings.calendar, isHoliday: ctx.holidays };
}

function sender(message: DatedMessage): string {
  return message.from.name ? `${message.from.name} <${message.from.email}>` : message.from.email;
}

/**
 * Event ids for what a message causes, the same in every team member's browser that reads it
 * (the message's Gmail id differs per mailbox; its sender and send time do not): two members
 * who both see the customer's reply write one event, read once, instead of two. `nth` tells
 * apart one sender's messages sent in the same minute.
 */
function messageEventIds(messages: readonly DatedMessage[]): Map<DatedMessage, string> {
  const seen = new Map<string, number>();
  const ids = new Map<DatedMessage, string>();
  for (const message of messages) {
    const key = `${message.originator}\n${message.from.email.toLowerCase()}\n${message.sentAt}`;
    const nth = seen.get(key) ?? 0;
    seen.set(key, nth + 1);
    const hash = [...fnv1a64(key)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
    ids.set(message, `msg-${hash}-${nth}`);
  }
  return ids;
}

function messageEvent(caseId: string, message: DatedMessage, eventId: string, ctx: ThreadContext): CaseEvent {
  const meta = { actor: ctx.actor, at: message.sentAt, eventId };
  const type = message.originator === 'staff' ? 'staff_reply' : 'customer_message';
  return caseEvent(caseId, meta, type, { to: message.id, reason: `From ${sender(message)}` });
}

/**
 * Status of a thread tracked mid-conversation, as if each earlier message had been seen:
 * no staff message yet -> new; one staff answer last -> acknowledged; a later answer ->
 * waiting on the customer; the customer wrote after an answer -> acknowledged (it needs a
 * response, which the awaited messages show).
 */
function statusFromHistory(messages: readonly DatedMessage[]): CaseStatus {
  const staffCount = messages.filter((message) => message.originator === 'staff').length;
  if (staffCount === 0) return 'new';
  const lastIsStaff = messages.at(-1)?.originator === 'staff';
  return lastIsStaff && staffCount > 1 ? 'waiting_customer' : 'acknowledged';
}

function withLastMessage(c: SupportCase, newest: DatedMessage | undefined): SupportCase {
  if (!newest) return c;
  return { ...c, lastMessageAt: newest.sentAt, lastMessageId: newest.id, lastMessageFrom: newest.originator };
}

function createFromThread(thread: ThreadSnapshot, messages: DatedMessage[], ctx: ThreadContext): ThreadUpdate {
  const customerMessage = messages.find((message) => message.originator !== 'staff');
  const source = detectSource(thread);
  let c = newCase({
    id: caseIdFor(thread.host, thread.account, thread.threadId),
    host: thread.host,
    account: thread.account,
    threadId: thread.threadId,
    threadUrl: thread.url,
    subject: thread.subject,
    customer: customerMessage ? customerFrom(customerMessage.from) : NO_CUSTOMER,
    originator: messages[0]?.originator ?? 'customer',
    source,
    // The support case began when its first message arrived, not when Casebook saw it.
    createdAt: messages[0]?.sentAt ?? ctx.now,
  });
  const events = [caseEvent(c.id, { actor: ctx.actor, at: ctx.now, eventId: ctx.newId() }, 'created', { to: 'new', reason: ctx.trackReason ?? 'Tracked by hand' })];
  const status = statusFromHistory(messages);
  if (status !== 'new') {
    const reason = `Derived from the ${messages.length} messages already in the thread`;
    const result = transition(c, status, { actor: ctx.actor, at: ctx.now, eventId: ctx.newId(), reason });
    if (result.ok) {
      c = result.case;
      events.push(result.event);
    }
  }
  c = withAwaiting(c, unansweredArrivals(messages, []), rulesOf(ctx));
  c = withLastMessage({ ...c, updatedAt: ctx.now }, messages.at(-1));
  return { case: c, events, changed: true };
}

function updateFromThread(existing: SupportCase, thread: ThreadSnapshot, messages: DatedMessage[], ctx: ThreadContext): ThreadUpdate {
  let c = existing;
  // The first subject and link win: one thread has several URL forms (hex id, FMfcg… token,
  // another label), a page may show the subject differently, and two tabs each "correcting"
  // the case would save and push to each other forever.
  if (thread.subject !== '' && c.subject === '') c = { ...c, subject: thread.subject };
  if (thread.url !== '' && c.threadUrl === '') c = { ...c, threadUrl: thread.url };
  const customerMessage = messages.find((message) => message.originator !== 'staff');
  // A missing customer is filled; one who turned out to be staff (a Gmail send-as address learnt
  // after the case was opened, a colleague added to the team) gives way to the first sender who is not.
  const customerIsStaff = c.customer.email !== '' && isStaff(c.customer.email, ctx.settings);
  if ((c.customer.email === '' || customerIsStaff) && customerMessage && customerMessage.from.email !== c.customer.email) c = { ...c, customer: customerFrom(customerMessage.from) };

  const fresh = messagesAfter(messages, existing.lastMessageId, existing.lastMessageAt);
  const newest = fresh.at(-1);
  const eventIds = messageEventIds(messages);
  const events = fresh.map((message) => messageEvent(c.id, message, eventIds.get(message) ?? ctx.newId(), ctx));
  if (newest) {
    // What the newest message causes (a re-opening, a status) is one event in the team too.
    const eventId = eventIds.has(newest) ? `${eventIds.get(newest)}-status` : ctx.newId();
    const meta = { actor: ctx.actor, at: ctx.now, eventId, reason: '' };
    if (newest.originator === 'staff') {
      const to = statusAfterStaffReply(c.status);
      const result = to === c.status ? null : transition(c, to, { ...meta, reason: `Reply from ${sender(newest)}` });
      if (result?.ok) {
        c = result.case;
        events.push(result.event);
      }
    } else if (!newest.closing) {
      // "Thanks, works now" neither re-opens a closed case nor waits for an answer.
      const reopened = reopen(c, { ...meta, reason: `New message from ${sender(newest)}` });
      if (reopened) {
        c = reopened.case;
        events.push(reopened.event);
      }
    }
    c = withLastMessage(withAwaiting(c, unansweredArrivals(fresh, c.awaitingSince), rulesOf(ctx)), newest);
  }
  if (c === existing) return { case: existing, events: [], changed: false };
  return { case: { ...c, updatedAt: ctx.now }, events, changed: true };
}

/** The first message counts as the customer's when it is a transcript or form naming them (named-customer.ts). */
function withNamedCustomer(messages: DatedMessage[], thread: ThreadSnapshot, settings: ThreadContext['settings']): DatedMessage[] {
  const first = thread.messages[0];
  const dated = messages[0];
  if (!first || !dated || first.sentAt !== dated.sentAt || first.from.email !== dated.from.email) return messages;
  const named = namedCustomerOf(thread, settings);
  return named ? [{ ...dated, from: named, originator: 'customer', closing: false }, ...messages.slice(1)] : messages;
}

/**
 * Creates (existing = null) or updates the case of a conversation from what the page shows.
 * New customer messages wait for an answer (each with its same-or-next-business-day deadline)
 * and re-open waiting or closed cases; a staff reply answers them and moves the status on
 * (statusAfterStaffReply). Whether a thread is tracked at all is the caller's decision
 * (autoTrackReason, or the user's click).
 */
export function applyThread(existing: SupportCase | null, thread: ThreadSnapshot, ctx: ThreadContext): ThreadUpdate {
  const messages = withNamedCustomer(datedMessages(thread, ctx.settings), thread, ctx.settings);
  return existing === null ? createFromThread(thread, messages, ctx) : updateFromThread(existing, thread, messages, ctx);
}
