import type { Customer } from '../../model/case';
import type { Person } from '../../model/thread';
import { organisationFromEmail } from '../customer/organisation-from-email';

/** One rule for the organisation everywhere (templates, cases, Trac): see lib/core/customer. */
export { organisationFromEmail };

export function normaliseEmail(email: string): string {
  return email.trim().replace(/^<|>$/g, '').toLowerCase();
}

export function domainOf(email: string): string {
  const address = normaliseEmail(email);
  const at = address.lastIndexOf('@');
  return at < 0 ? '' : address.slice(at + 1);
}

/** The customer record for a sender; the name falls back to the address's local part. */
export function customerFrom(person: Person): Customer {
  const email = normaliseEmail(person.email);
  const name = person.name.trim() || email.split('@')[0] || '';
  return { name, email, organisation: organisationFromEmail(email) };
}

export const NO_CUSTOMER: Customer = { name: '', email: '', organisation: '' };
