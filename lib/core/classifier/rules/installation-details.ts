import type { Evidence, RuleInput } from './evidence';

/**
 * The customer's answer to the installation-details request: product version, operating
 * system, protocols, logs, integrations. A bug report often names a version too, so the kinds
 * of detail are counted, and the staff request that came before weighs as much as two of them.
 */
interface Detail {
  kind: string;
  /** The message, and its lines for the details read one line at a time. */
  test: (latest: string, lines: readonly string[]) => boolean;
}

const inText = (re: RegExp) => (latest: string): boolean => re.test(latest);

const DETAILS: Detail[] = [
  { kind: 'product version', test: inText(/\b(product |server |client )?version\s{0,5}(:|is|=)?\s{0,5}v?\d+\.\d+(\.\d+)*\b|\bv\d+\.\d+\.\d+\b/i) },
  {
    kind: 'operating system',
    test: inText(/\b(windows( server)? ?(20\d\d|1[01]|8\.1|7|xp|vista)?|rhel ?\d*|red ?hat( enterprise linux)?|centos|rocky linux|alma ?linux|ubuntu|debian|suse|sles|aix|solaris|macos|os x|freebsd|amazon linux)\b/i),
  },
  { kind: 'protocols', test: inText(/\b(sftp|ftps|ftpes|ftp|scp|webdav|as2|https?)\b(?!:\/\/)/i) },
  { kind: 'time-stamped log', test: (_latest, lines) => within(lines, FULL_STAMP_LINE, STAMP_LINE, 4) },
  { kind: 'integrations', test: inText(/\b(ldap|active directory|single sign[- ]on|sso|saml|firewall|proxy|load balancer|high availability|cluster|radius|kerberos)\b/i) },
  { kind: 'answered list', test: (_latest, lines) => within(lines, ANSWER_LINE, ANSWER_LINE, 2) },
];

// One line each, no multiline flag: "^\s*" under /m rescanned a run of blank lines from every
// line start (cubic with the pattern's other \s*: 6,000 × U+2028 took ~100 s).
const FULL_STAMP_LINE = /^\s*[[(]?\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}/;
const STAMP_LINE = /^\s*[[(]?\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}/;
const ANSWER_LINE = /^\s*(?:[-*•]\s*)?(?:product version|version|os|operating system|protocols?|logs?)\s*[:?]\s*\S/i;
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/;

/** A line matching `first`, then within `distance` non-blank lines one matching `second`. */
function within(lines: readonly string[], first: RegExp, second: RegExp, distance: number): boolean {
  let lastFirst = -Infinity;
  let index = 0;
  for (const line of lines) {
    if (line.trim() === '') continue;
    if (index - lastFirst <= distance && second.test(line)) return true;
    if (first.test(line)) lastFirst = index;
    index++;
  }
  return false;
}

const HANDOVER = /\b(please find (attached|below)|here (are|is) the (requested )?(details|information|logs?)|(installation|system) details|as requested,? (here|please|attached|below))/i;
const REQUESTED = /\b(installation details?|product version\?|operating system name and version|time-stamped version of the server-side log)/i;

const WEIGHT_PER_KIND = 2;
const HANDOVER_WEIGHT = 3;
const REQUESTED_WEIGHT = 4;
/** Without a request from staff, a version and an OS are just a bug report's preamble. */
const KINDS_WITHOUT_REQUEST = 3;

export function installationDetailsEvidence(input: RuleInput): Evidence[] {
  const lines = input.latest.split(LINE_BREAK);
  const kinds = DETAILS.filter((detail) => detail.test(input.latest, lines)).map((detail) => detail.kind);
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
