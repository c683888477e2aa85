import type { SupportCase } from '../../model/case';
import type { ThreadSnapshot } from '../../model/thread';
import { customerFrom, NO_CUSTOMER } from './customer';
import { namedCustomerOf } from './named-customer';
import { isStaff, type PeopleSettings } from './staff';

/** What the sidebar's summary says about a conversation, in words (see lib/model/messages.ts). */
export interface ConversationFacts {
  /** "Dana Whitfield", or the address, or "unknown". */
  customer: string;
  /** "<dana@harborline.example.com> · Harborline"; "" when there is nothing more to say. */
  customerDetail: string;
  /** "2 · last from customer"; just the count while no case says who wrote last. */
  messages: string;
}

/**
 * Who the customer is and where the conversation stands, decided here rather than in the page:
 * the case's customer, or for a thread not tracked the person a transcript or form names
 * (named-customer.ts), else the first sender who is not staff (so the engineer's own reply or a
 * colleague's never shows as the customer).
 */
export function conversationFacts(thread: ThreadSnapshot, supportCase: SupportCase | null, settings: PeopleSettings): ConversationFacts {
  const first = namedCustomerOf(thread, settings) ?? thread.messages.find((message) => !isStaff(message.from.email, settings))?.from;
  const customer = supportCase?.customer ?? (first ? customerFrom(first) : NO_CUSTOMER);
  const address = customer.name && customer.email ? `<${customer.email}>` : '';
  const last = supportCase?.lastMessageFrom ?? null;
  return {
    customer: customer.name || customer.email || 'unknown',
    customerDetail: [address, customer.organisation].filter((part) => part !== '').join(' · '),
    messages: last === null ? String(thread.messageCount) : `${thread.messageCount} · last from ${last === 'staff' ? 'staff' : 'customer'}`,
  };
}
