import type { Person, ThreadSnapshot } from '../../model/thread';
import { detectSource } from '../classifier/source';
import { personNamedIn } from '../customer/named-in-text';
import { isStaff, type PeopleSettings } from './staff';

/** Words that say a colleague's mail carries someone else's request (a chat, a form, a call). */
const CARRIES_A_CUSTOMER = /\b(chat|transcript|form|enquiry|inquiry|submission|call(ed|er)?|phone)\b/i;

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
  if (source === 'email' && !CARRIES_A_CUSTOMER.test(`${thread.subject}\n${first.body.slice(0, 2_000)}`)) return null;
  const named = personNamedIn(first.body);
  return named && !isStaff(named.email, settings) ? named : null;
}
