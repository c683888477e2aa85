import { describe, expect, it } from 'vitest';
import type { InstallationItem } from '../installation-details/installation-item';
import { missingDetailsList } from './missing-details-list';

const VERSION = '* Product version?';
const OS = '* Operating system name and version?';
const PROTOCOLS = '* File transfer protocol(s) used?';
const BOTH_LOGS = '* Please send through a time-stamped version of the server-side log, and if relevant, the corresponding client-side log.';
const SERVER_LOG = '* Please send through a time-stamped version of the server-side log.';
const CLIENT_LOG = '* If relevant, please send through the corresponding client-side log.';
const OTHER = '* Other information (if known).';
const INTEGRATIONS =
  '* Please advise brief details of any: integration, software, resilience / redundancy / high availability architecture, security or other technologies that interact with the product. e.g. Firewalls, Proxy, LDAP, Active Directory, Single Sign On, Management software etc.';

describe('missingDetailsList', () => {
  it.each<[string, InstallationItem[], string[]]>([
    ['everything missing: the team text', ['productVersion', 'os', 'protocols', 'serverLog', 'clientLog', 'integrations'], [VERSION, OS, PROTOCOLS, BOTH_LOGS, OTHER, INTEGRATIONS]],
    ['order follows the team, not the input', ['integrations', 'productVersion'], [VERSION, OTHER, INTEGRATIONS]],
    ['only the server log', ['serverLog'], [SERVER_LOG, OTHER]],
    ['only the client log', ['clientLog'], [CLIENT_LOG, OTHER]],
    ['OS and protocols', ['os', 'protocols'], [OS, PROTOCOLS, OTHER]],
  ])('%s', (_title, missing, bullets) => {
    expect(missingDetailsList(missing)).toBe(bullets.join('\n\n'));
  });

  it('is empty when nothing is missing', () => {
    expect(missingDetailsList([])).toBe('');
  });
});
