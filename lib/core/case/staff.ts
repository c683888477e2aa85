import type { Originator } from '../../model/case';
import type { Settings } from '../../model/settings';
import { domainOf, normaliseEmail } from './customer';

/** The part of the settings that says who is who. */
export type PeopleSettings = Pick<Settings, 'identity' | 'team' | 'supportAddresses' | 'staffDomains' | 'partnerDomains'>;

/** example.com matches example.com and eu.example.com, not badexample.com. */
function inDomains(domain: string, domains: readonly string[]): boolean {
  return domains.some((listed) => {
    const wanted = listed.trim().toLowerCase().replace(/^@/, '');
    return wanted !== '' && (domain === wanted || domain.endsWith(`.${wanted}`));
  });
}

/**
 * A message from the user, a team member, a support address (Groups replies come from the group)
 * or a staff domain. Unknown or empty addresses are not staff.
 */
export function isStaff(email: string, settings: PeopleSettings): boolean {
  const address = normaliseEmail(email);
  if (address === '') return false;
  const staffAddresses = [...settings.identity.emails, ...settings.team.map((member) => member.email), ...settings.supportAddresses];
  return staffAddresses.some((listed) => normaliseEmail(listed) === address) || inDomains(domainOf(address), settings.staffDomains);
}

export function isPartner(email: string, settings: PeopleSettings): boolean {
  return !isStaff(email, settings) && inDomains(domainOf(email), settings.partnerDomains);
}

export function originatorOf(email: string, settings: PeopleSettings): Originator {
  if (isStaff(email, settings)) return 'staff';
  return isPartner(email, settings) ? 'partner' : 'customer';
}
