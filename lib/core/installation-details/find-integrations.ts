import { evidenceLine, matchesOf } from './customer-text';
import { findTerms, type Term } from './find-terms';
import { isQuestion, isUncertain } from './hedges';
import { type ItemFinding, NOT_FOUND } from './installation-item';

/** "…we run it in active/passive mode" is FTP talk, not a cluster. */
const isFtpDataMode = (text: string, match: RegExpExecArray): boolean =>
  /^[- /]?mode\b/i.test(text.slice(match.index + match[0].length, match.index + match[0].length + 6).trim());

/** What the team asks about: integration, resilience, security and management technology. */
export const INTEGRATION_TERMS: readonly Term[] = [
  { name: 'LDAP', pattern: /\bLDAPS?\b|\bOpenLDAP\b/gi },
  { name: 'Azure AD / Entra ID', pattern: /\bAzure\s?AD\b|\bEntra(?:\s+ID)?\b/gi },
  {
    name: 'Active Directory',
    pattern: /\bActive\s+Directory\b|\bADFS\b|\bAD\b(?=[ -](?:users?|accounts?|groups?|domain|server|integration|authentication|auth|login|credentials|DC))/g,
  },
  { name: 'SSO', pattern: /\bSSO\b|\bsingle[- ]sign[- ]on\b/gi },
  { name: 'SAML', pattern: /\bSAML\s?2?(?:\.0)?\b/gi },
  { name: 'OpenID Connect', pattern: /\bOIDC\b|\bOpenID\s+Connect\b/gi },
  { name: 'OAuth', pattern: /\bOAuth\s?2?\b/gi },
  { name: 'Okta', pattern: /\bOkta\b/gi },
  { name: 'Kerberos', pattern: /\bKerberos\b/gi },
  { name: 'RADIUS', pattern: /\bRADIUS\b/g },
  { name: 'MFA', pattern: /\b(?:MFA|2FA|two[- ]factor|multi[- ]factor)\b/gi },
  { name: 'firewall', pattern: /\bfirewalls?\b|\bDMZ\b|\bNAT\b|\bWAF\b|\bFortiGate\b|\bPalo Alto\b|\bpfSense\b/gi },
  { name: 'load balancer', pattern: /\bload[- ]?balanc(?:er|ers|ing)\b|\bHAProxy\b|\bF5\b|\bNLB\b/gi },
  { name: 'proxy', pattern: /\b(?:reverse[- ])?prox(?:y|ies)\b|\bSquid\b/gi },
  {
    name: 'high availability',
    // Case-sensitive so that "ha" in prose is not high availability.
    pattern: /\b[Hh]igh[- ][Aa]vailability\b|\bHA\b|\b[Cc]lust(?:er|ers|ered)\b|\b[Ff]ail-?over\b|\b[Aa]ctive[- /](?:active|passive)\b|\b[Rr]edundan(?:t|cy)\b/g,
    ignore: isFtpDataMode,
  },
  { name: 'antivirus', pattern: /\banti-?virus\b|\bAV scan\w*|\bICAP\b|\bvirus scan\w*|\bSophos\b|\bMcAfee\b|\bCrowdStrike\b|\bTrend Micro\b/gi },
  { name: 'DLP', pattern: /\bDLP\b|\bdata loss prevention\b/gi },
  { name: 'monitoring', pattern: /\bSIEM\b|\bSplunk\b|\bNagios\b|\bZabbix\b|\bSCOM\b|\bmonitoring (?:software|tool|system)\b/gi },
  { name: 'database', pattern: /\b(?:SQL Server|PostgreSQL|Postgres|MySQL|MariaDB|Oracle DB)\b/gi },
  { name: 'network storage', pattern: /\b(?:NAS|NFS|SMB|CIFS|DFS)\b|\bnetwork (?:share|drive)s?\b|\bAmazon S3\b|\bS3 bucket\b|\bAzure Blob\b/g },
  { name: 'PGP', pattern: /\b(?:Open)?PGP\b|\bGPG\b/g },
];

/** "Nothing else interacts with it": an answer, even though it names no technology. */
const NOTHING_ELSE =
  /\b(?:no (?:other |special |third[- ]party )?(?:integrations?|software|setup|tools?|technolog(?:y|ies)) (?:interact|involved|in front|connected|used)|no integrations?\b|stand-?alone (?:server|installation|install|setup|machine)|nothing else (?:interacts|is (?:involved|in front|connected)))/gi;

/** Integrations around the product (LDAP, Active Directory, SSO, firewall, proxy, HA…). */
export function findIntegrations(texts: readonly string[]): ItemFinding {
  const mentions = findTerms(texts, INTEGRATION_TERMS);
  const used = mentions.filter((mention) => mention.status === 'used').map((mention) => mention.name);
  const notUsed = mentions.filter((mention) => mention.status === 'not used').map((mention) => `no ${mention.name}`);
  const first = mentions.find((mention) => mention.status === 'used') ?? mentions[0];
  if (first) return { present: true, value: [...used, ...notUsed].join(', '), evidence: first.evidence };
  const nothingElse = saysNothingElse(texts);
  return nothingElse ? { present: true, value: 'none', evidence: nothingElse } : NOT_FOUND;
}

function saysNothingElse(texts: readonly string[]): string {
  for (const text of texts) {
    for (const match of matchesOf(NOTHING_ELSE, text, 5)) {
      const end = match.index + match[0].length;
      if (!isUncertain(text, match.index, end) && !isQuestion(text, match.index, end)) return evidenceLine(text, match.index, end);
    }
  }
  return '';
}
