import type { Evidence, RuleInput } from './evidence';

/**
 * The customer's answer to the installation-details request: product version, operating
 * system, protocols, logs, integrations. A bug report often names a version too, so the kinds
 * of detail are counted, and the staff request that came before weighs as much as two of them.
 */
interface Detail {
  kind: string;
  re: RegExp;
}

const DETAILS: Detail[] = [
  { kind: 'product version', re: /\b(product |server |client )?version\s*(:|is|=)?\s*v?\d+\.\d+(\.\d+)*\b|\bv\d+\.\d+\.\d+\b/i },
  {
    kind: 'operating system',
    re: /\b(windows( server)? ?(20\d\d|1[01]|8\.1|7|xp|vista)?|rhel ?\d*|red ?hat( enterprise linux)?|centos|rocky linux|alma ?linux|ubuntu|debian|suse|sles|aix|solaris|macos|os x|freebsd|amazon linux)\b/i,
  },
  { kind: 'protocols', re: /\b(sftp|ftps|ftpes|ftp|scp|webdav|as2|https?)\b(?!:\/\/)/i },
  { kind: 'time-stamped log', re: /^\s*[[(]?\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}[^\n]*\n(?:[^\n]*\n){0,3}?\s*[[(]?\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}/m },
  { kind: 'integrations', re: /\b(ldap|active directory|single sign[- ]on|sso|saml|firewall|proxy|load balancer|high availability|cluster|radius|kerberos)\b/i },
  { kind: 'answered list', re: /^\s*[-*•]?\s*(product version|version|os|operating system|protocols?|logs?)\s*[:?]\s*\S.*\n(?:.*\n)?\s*[-*•]?\s*(product version|version|os|operating system|protocols?|logs?)\s*[:?]\s*\S/im },
];

const HANDOVER = /\b(please find (attached|below)|here (are|is) the (requested )?(details|information|logs?)|(installation|system) details|as requested,? (here|please|attached|below))/i;
const REQUESTED = /\b(installation details?|product version\?|operating system name and version|time-stamped version of the server-side log)/i;

const WEIGHT_PER_KIND = 2;
const HANDOVER_WEIGHT = 3;
const REQUESTED_WEIGHT = 4;
/** Without a request from staff, a version and an OS are just a bug report's preamble. */
const KINDS_WITHOUT_REQUEST = 3;

export function installationDetailsEvidence(input: RuleInput): Evidence[] {
  const kinds = DETAILS.filter((detail) => detail.re.test(input.latest)).map((detail) => detail.kind);
  const handover = HANDOVER.exec(input.latest);
  const requested = REQUESTED.test(input.staffText);
  if (kinds.length === 0 && !handover) return [];
  if (!requested && kinds.length < KINDS_WITHOUT_REQUEST && !handover) return [];
  const found: Evidence[] = [];
  if (kinds.length > 0) found.push({ category: 'installation_details', weight: WEIGHT_PER_KIND * kinds.length, reason: `gives ${kinds.join(', ')}` });
  if (handover) found.push({ category: 'installation_details', weight: HANDOVER_WEIGHT, reason: `message: "${handover[0]}"` });
  if (requested) found.push({ category: 'installation_details', weight: REQUESTED_WEIGHT, reason: 'answers our installation-details request' });
  return found;
}
