import { INSTALLATION_ITEMS, type InstallationItem } from '../installation-details/installation-item';

// The team's own questions from "Template: Obtaining the installation detail"
// (support-process.rst), one per missing item, in the team's order.
const QUESTIONS: Readonly<Record<Exclude<InstallationItem, 'serverLog' | 'clientLog'>, string>> = {
  productVersion: 'Product version?',
  os: 'Operating system name and version?',
  protocols: 'File transfer protocol(s) used?',
  integrations:
    'Please advise brief details of any: integration, software, resilience / redundancy / high availability architecture, security or other technologies that interact with the product. e.g. Firewalls, Proxy, LDAP, Active Directory, Single Sign On, Management software etc.',
};

const BOTH_LOGS =
  'Please send through a time-stamped version of the server-side log, and if relevant, the corresponding client-side log.';
const SERVER_LOG = 'Please send through a time-stamped version of the server-side log.';
const CLIENT_LOG = 'If relevant, please send through the corresponding client-side log.';
const OTHER = 'Other information (if known).';

/**
 * The bulleted list of questions for the items still missing, blank lines between bullets as in
 * the team's text; "" when nothing is missing (templates then say thank you instead).
 */
export function missingDetailsList(missing: readonly InstallationItem[]): string {
  const isMissing = (item: InstallationItem): boolean => missing.includes(item);
  if (!INSTALLATION_ITEMS.some(isMissing)) return '';
  const questions: string[] = [];
  for (const item of ['productVersion', 'os', 'protocols'] as const) {
    if (isMissing(item)) questions.push(QUESTIONS[item]);
  }
  if (isMissing('serverLog')) questions.push(isMissing('clientLog') ? BOTH_LOGS : SERVER_LOG);
  else if (isMissing('clientLog')) questions.push(CLIENT_LOG);
  questions.push(OTHER);
  if (isMissing('integrations')) questions.push(QUESTIONS.integrations);
  return questions.map((question) => `* ${question}`).join('\n\n');
}
