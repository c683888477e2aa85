import type { Originator } from '../../model/case';
import type { Settings } from '../../model/settings';
import { domainOf, normaliseEmail } from './customer';

/**
 * The part of the settings that says who is who, and the mailboxes being read: a mailbox's own
 * address is staff without any setup (withMailbox).
 */
export type PeopleSettings = Pick<Settings, 'identity' | 'team' | 'supportAddresses' | 'staffDomains' | 'partnerDomains'> & { mailboxes?: readonly string[] };

/**
 * The settings with the mailbox a thread is read in counted as staff: with nothing set up, the
 * engineer's own replies (sent from this account) must not count as the customer's words.
 * `account` is the signed-in address ("support@example.com"); `sendAs` the addresses the account
 * also sends from (Gmail's send-as aliases, learnt from its compose, lib/background/send-as-store.ts).
 * Anything that is no address is ignored.
 */
export function withMailbox<S extends PeopleSettings>(settings: S, account: string | null | undefined, sendAs: readonly string[] = []): S {
  const known = settings.mailboxes ?? [];
  const added = [account ?? '', ...sendAs].map(normaliseEmail).filter((address, index, all) => address.includes('@') && !known.includes(address) && all.indexOf(address) === index);
  return added.length === 0 ? settings : { ...settings, mailboxes: [...known, ...added] };
}

/** example.com matches example.com and eu.example.com, not badexample.com. */
function inDomains(domain: string, domains: readonly string[]): boolean {
  return domains.some((listed) => {
    const wanted = listed.trim().toLowerCase().replace(/^@/, '');
    return wanted !== '' && (domain === wanted || domain.endsWith(`.${wanted}`));
  });
}

/**
 * A message from the user, a team member, a support address (Groups replies come from the group),
 * the mailbox being read, or a staff domain. Unknown or empty addresses are not staff.
 */
export function isStaff(email: string, settings: PeopleSettings): boolean {
  const address = normaliseEmail(email);
  if (address === '') return false;
  const staffAddresses = [...settings.identity.emails, ...settings.team.map((member) => member.email), ...settings.supportAddresses, ...(settings.mailboxes ?? [])];
  return staffAddresses.some((listed) => normaliseEmail(listed) === address) || inDomains(domainOf(address), settings.staffDomains);
}

export function isPartner(email: string, settings: PeopleSettings): boolean {
  return !isStaff(email, settings) && inDomains(domainOf(email), settings.partnerDomains);
}

export function originatorOf(email: string, settings: PeopleSettings): Originator {
  if (isStaff(email, settings)) return 'staff';
  return isPartner(email, settings) ? 'partner' : 'customer';
}
