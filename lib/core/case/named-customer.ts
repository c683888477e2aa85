import type { Person, ThreadSnapshot } from '../../model/thread';
import { detectSource } from '../classifier/source';
import { callerNamedInNote } from '../customer/caller-in-note';
import { personNamedIn } from '../customer/named-in-text';
import { normaliseEmail } from './customer';
import { isStaff, type PeopleSettings } from './staff';

/** Words that say a colleague's mail carries someone else's request (a chat, a form, a call). */
const CARRIES_A_CUSTOMER = /\b(chat|transcript|form|enquiry|inquiry|submission|call(ed|er)?|phone)\b/i;
/** The same in German and French notes ("telefoniert", "Anruf", "zurückgerufen", "appel", "rappelé", "téléphone"). */
const CARRIES_A_CALLER = /\b(telefon|anruf|angerufen|rückruf|zurückgerufen|appel|rappel|téléphon)/i;

/**
 * The customer a conversation's first message names, when that message is not the customer's
 * own (issue #13, "the right customer"): a chat transcript or a contact form sent by a robot
 * (`transcripts@chat…`, the website's form) or forwarded by a colleague, or a colleague's note of
 * a phone call. The case then greets that person, waits for an answer to them and is theirs.
 * Null for an ordinary mail, for a colleague's ordinary message, and for a named address that is
 * staff.
 */
export function namedCustomerOf(thread: Pick<ThreadSnapshot, 'subject' | 'messages'>, settings: PeopleSettings): Person | null {
  const first = thread.messages[0];
  if (!first) return null;
  const source = detectSource(thread);
  const fromStaff = isStaff(first.from.email, settings);
  if (source === 'email' && !fromStaff) return null;
  const opening = `${thread.subject}\n${first.body.slice(0, 2_000)}`;
  if (source === 'email' && !CARRIES_A_CUSTOMER.test(opening) && !CARRIES_A_CALLER.test(opening)) return null;
  const named = personNamedIn(first.body) ?? (fromStaff ? callerOf(thread, settings) : null);
  return named && !isStaff(named.email, settings) ? named : null;
}

/**
 * The caller a colleague's note names in words ("Called Dana Whitfield back about …"), unless
 * that is a colleague, or someone else answers in the thread: then the note was a mail to that
 * person (a follow-up "as discussed on the phone"), and they are the customer, as before.
 */
function callerOf(thread: Pick<ThreadSnapshot, 'messages'>, settings: PeopleSettings): Person | null {
  const caller = callerNamedInNote(thread.messages[0]?.body ?? '');
  if (!caller) return null;
  const name = caller.name.toLowerCase();
  const colleagues = [settings.identity.name, ...settings.team.map((member) => member.name)];
  if (colleagues.some((colleague) => colleague.trim().toLowerCase() === name)) return null;
  const someoneElse = thread.messages.some((message) => !isStaff(message.from.email, settings) && normaliseEmail(message.from.email) !== caller.email);
  return someoneElse ? null : caller;
}
