import type { Customer } from '../../model/case';
import type { Person } from '../../model/thread';

/** Mailbox providers: their users are private persons, the domain names no organisation. */
const PERSONAL_MAIL_DOMAINS = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'hotmail.co.uk', 'live.com', 'msn.com',
  'yahoo.com', 'yahoo.co.uk', 'icloud.com', 'me.com', 'aol.com', 'proton.me', 'protonmail.com',
  'gmx.de', 'gmx.net', 'web.de', 'mail.ru', 'yandex.ru', 'qq.com', '163.com',
]);

/** Second-level labels under a country code (co.uk, com.au, ac.jp…): the name is one label further left. */
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu', 'ltd', 'plc', 'or', 'ne', 'gv']);

export function normaliseEmail(email: string): string {
  return email.trim().replace(/^<|>$/g, '').toLowerCase();
}

export function domainOf(email: string): string {
  const address = normaliseEmail(email);
  const at = address.lastIndexOf('@');
  return at < 0 ? '' : address.slice(at + 1);
}

function titleCase(label: string): string {
  return label
    .split(/[-_]+/)
    .filter((word) => word.length > 0)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/**
 * The organisation a sender belongs to, guessed from the domain without a public-suffix list:
 * support.example-corp.co.uk -> "Example Corp", acme.com -> "Acme". "" for personal mailboxes
 * (gmail.com…) and addresses without a domain: a wrong company name is worse than none.
 */
export function organisationFromEmail(email: string): string {
  const domain = domainOf(email);
  if (domain === '' || PERSONAL_MAIL_DOMAINS.has(domain)) return '';
  const labels = domain.split('.').filter((label) => label.length > 0);
  const last = labels.length - 1;
  const countryCodeSuffix = labels.length >= 3 && labels[last]?.length === 2 && SECOND_LEVEL.has(labels[last - 1] ?? '');
  const name = labels[last - (countryCodeSuffix ? 2 : 1)];
  return name ? titleCase(name) : '';
}

/** The customer record for a sender; the name falls back to the address's local part. */
export function customerFrom(person: Person): Customer {
  const email = normaliseEmail(person.email);
  const name = person.name.trim() || email.split('@')[0] || '';
  return { name, email, organisation: organisationFromEmail(email) };
}

export const NO_CUSTOMER: Customer = { name: '', email: '', organisation: '' };
