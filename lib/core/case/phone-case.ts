import type { ChecklistItem, Customer, SupportCase } from '../../model/case';
import type { Settings } from '../../model/settings';
import type { ThreadSnapshot } from '../../model/thread';
import type { HolidayLookup } from '../calendar/business-time';
import { withAwaiting } from './awaiting';
import { caseEvent, type CaseChanges } from './case-change';
import { normaliseEmail, organisationFromEmail } from './customer';
import { newCase, phoneCaseId } from './new-case';
import { originatorOf } from './staff';
import { datedMessages } from './thread-messages';

export interface PhoneContext {
  settings: Settings;
  now: number;
  newId: () => string;
  actor: string;
  holidays: HolidayLookup;
}

export interface PhoneCall {
  customer: Customer;
  subject: string;
  notes: string;
  /** When the customer called (the deadline counts from it). */
  calledAt: number;
  owner: string | null;
}

/**
 * Logs a phone call as a case without a thread. By the process the call needs a written
 * follow-up ("request the customer … to confirm in writing"), so it waits for an answer
 * from the moment of the call, with the usual deadline.
 */
export function logPhoneCase(call: PhoneCall, ctx: PhoneContext): CaseChanges {
  const email = normaliseEmail(call.customer.email);
  const customer = { name: call.customer.name.trim(), email, organisation: call.customer.organisation.trim() || organisationFromEmail(email) };
  const created = newCase({
    id: phoneCaseId(ctx.newId()),
    host: null,
    account: '',
    threadId: null,
    threadUrl: '',
    subject: call.subject.trim() || `Phone call from ${customer.name || customer.email || 'a customer'}`,
    customer,
    originator: email === '' ? 'customer' : originatorOf(email, ctx.settings),
    source: 'phone',
    createdAt: call.calledAt,
  });
  const owner = call.owner?.trim().toLowerCase() || null;
  const c = withAwaiting({ ...created, notes: call.notes, owner, updatedAt: ctx.now }, [call.calledAt], { calendar: ctx.settings.calendar, isHoliday: ctx.holidays });
  const event = caseEvent(c.id, { actor: ctx.actor, at: ctx.now, eventId: ctx.newId() }, 'created', { to: 'new', reason: 'Phone call logged' });
  return { case: c, events: [event] };
}

function joinText(...parts: string[]): string {
  return [...new Set(parts.map((part) => part.trim()).filter((part) => part !== ''))].join('\n\n');
}

function combineItems<K extends string>(a: Record<K, ChecklistItem>, b: Record<K, ChecklistItem>): Record<K, ChecklistItem> {
  const combined = { ...a };
  for (const step of Object.keys(b) as K[]) {
    const [x, y] = [a[step], b[step]];
    const doneAts = [x.doneAt, y.doneAt].filter((at): at is number => at !== null);
    combined[step] = { done: x.done || y.done, note: joinText(x.note, y.note), doneAt: doneAts.length > 0 ? Math.min(...doneAts) : null };
  }
  return combined;
}

/**
 * Moves a phone case into the conversation that followed it: the thread's case (from
 * applyThread, existing or new) keeps its id and gains the phone case's owner, notes,
 * checklists, tickets and status (when the thread case is still new). The call stays
 * unanswered only if no staff message came after it. The caller deletes the phone case and
 * moves its events to the returned case id (cases-repository linkPhoneCaseToThread).
 */
export function linkPhoneCase(phone: SupportCase, threadCase: SupportCase, thread: ThreadSnapshot, ctx: PhoneContext): CaseChanges {
  const staffTimes = datedMessages(thread, ctx.settings).filter((m) => m.originator === 'staff').map((m) => m.sentAt);
  const lastStaffAt = Math.max(-Infinity, ...staffTimes);
  const merged: SupportCase = {
    ...threadCase,
    customer: threadCase.customer.email !== '' ? threadCase.customer : phone.customer,
    source: 'phone',
    status: threadCase.status === 'new' ? phone.status : threadCase.status,
    owner: threadCase.owner ?? phone.owner,
    category: threadCase.category ?? phone.category,
    notes: joinText(phone.notes, threadCase.notes),
    assessment: combineItems(threadCase.assessment, phone.assessment),
    troubleshooting: combineItems(threadCase.troubleshooting, phone.troubleshooting),
    tickets: [...threadCase.tickets, ...phone.tickets.filter((t) => !threadCase.tickets.some((own) => own.number === t.number))],
    linkedCaseIds: [...new Set([...threadCase.linkedCaseIds, ...phone.linkedCaseIds])].filter((id) => id !== phone.id && id !== threadCase.id),
    reopenCount: threadCase.reopenCount + phone.reopenCount,
    createdAt: Math.min(threadCase.createdAt, phone.createdAt),
    updatedAt: ctx.now,
  };
  const awaiting = [...threadCase.awaitingSince, ...phone.awaitingSince.filter((arrival) => arrival > lastStaffAt)];
  const c = withAwaiting(merged, awaiting, { calendar: ctx.settings.calendar, isHoliday: ctx.holidays });
  const event = caseEvent(c.id, { actor: ctx.actor, at: ctx.now, eventId: ctx.newId() }, 'linked', { from: phone.id, to: c.id, reason: 'Phone case linked to the conversation' });
  return { case: c, events: [event] };
}
