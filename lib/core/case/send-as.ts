import { normaliseEmail } from './customer';

/** At most this many send-as addresses are kept per account (Gmail's own limit is far lower in practice). */
export const SEND_AS_LIMIT = 50;

/** Longest address kept (RFC 5321's path limit); anything longer is not an address Gmail sends from. */
const ADDRESS_MAX = 254;

/** "name@domain.tld": one @, no spaces or angle brackets, a dot in the domain. String checks, no regex. */
function isAddress(value: string): boolean {
  const at = value.indexOf('@');
  if (at < 1 || at !== value.lastIndexOf('@') || value.length > ADDRESS_MAX) return false;
  for (const bad of [' ', '\t', '\n', '<', '>', ',', ';', '"']) if (value.includes(bad)) return false;
  const domain = value.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  return dot > 0 && dot < domain.length - 2;
}

/**
 * The addresses among what a compose showed (its From address, the choices of its From menu)
 * that are this account's other addresses: valid, normalised, without the account itself, once each.
 */
export function sendAsAddresses(seen: readonly string[], account: string): string[] {
  const own = normaliseEmail(account);
  const found = new Set<string>();
  for (const raw of seen) {
    const address = normaliseEmail(raw);
    if (address !== own && isAddress(address)) found.add(address);
    if (found.size >= SEND_AS_LIMIT) break;
  }
  return [...found];
}

/**
 * The account's known send-as addresses after a compose showed `fresh` ones: the known first,
 * then the new, capped. Addresses are only added: a From menu seen once proves the address was
 * this account's, and a compose without the menu (a reply from one address) proves nothing gone.
 */
export function mergeSendAs(known: readonly string[], fresh: readonly string[]): string[] {
  return [...new Set([...known, ...fresh])].slice(0, SEND_AS_LIMIT);
}
