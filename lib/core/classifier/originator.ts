import type { Originator } from '../../model/case';
import type { Settings } from '../../model/settings';

/** Who wrote: staff (us, the team, staff domains, the support address), a partner, or a customer. */
export function decideOriginator(email: string, settings: Settings): Originator {
  const address = email.trim().toLowerCase();
  const domain = address.split('@')[1] ?? '';
  const staffAddresses = [...settings.identity.emails, ...settings.team.map((member) => member.email), ...settings.supportAddresses];
  if (staffAddresses.some((staff) => staff.trim().toLowerCase() === address)) return 'staff';
  if (settings.staffDomains.some((staffDomain) => inDomain(domain, staffDomain))) return 'staff';
  if (settings.partnerDomains.some((partnerDomain) => inDomain(domain, partnerDomain))) return 'partner';
  return 'customer';
}

/** example.com covers mail.example.com too, but not badexample.com. */
function inDomain(domain: string, listed: string): boolean {
  const wanted = listed.trim().toLowerCase().replace(/^@/, '');
  if (wanted === '' || domain === '') return false;
  return domain === wanted || domain.endsWith(`.${wanted}`);
}
