import { evidenceLine, matchesOf } from './customer-text';
import { isQuestion, isUncertain } from './hedges';
import { NOT_FOUND, type ItemFinding } from './installation-item';

interface OsPattern {
  pattern: RegExp;
  /** The normalised name and version from a match; no version means a partial answer. */
  name: (match: RegExpExecArray) => string;
  versioned: boolean;
}

const WINDOWS_YEARS = '(2003|2008|2012|2016|2019|2022|2025)(\\s*R2)?';

const named = (base: string) => (match: RegExpExecArray): string =>
  [base, ...match.slice(1).filter((group) => group !== undefined).map((group) => group.trim())].join(' ').trim();

/** Operating systems with their version, then the bare names (partial answers). */
const OS_PATTERNS: readonly OsPattern[] = [
  { pattern: new RegExp(`\\bWin(?:dows)?\\s{0,3}(?:Server|Srv)?\\s{0,3}${WINDOWS_YEARS}\\b`, 'gi'), name: named('Windows Server'), versioned: true },
  { pattern: new RegExp(`(?<!(?:SQL|Exchange|SharePoint|Skype|Team Foundation)\\s)\\bServer\\s+${WINDOWS_YEARS}\\b`, 'g'), name: named('Windows Server'), versioned: true },
  { pattern: /\bW2K(\d{2})\b/gi, name: (m) => `Windows Server 20${m[1] ?? ''}`, versioned: true },
  { pattern: /\bWindows\s+(XP|Vista|7|8\.1|8|10|11)\b/gi, name: named('Windows'), versioned: true },
  { pattern: /\bUbuntu(?:\s+Server)?\s+(\d{2}\.\d{2}(?:\.\d+)?)(?:\s*LTS)?\b/gi, name: named('Ubuntu'), versioned: true },
  { pattern: /\bUbuntu\s+(Xenial|Bionic|Focal|Jammy|Noble)\b/gi, name: named('Ubuntu'), versioned: true },
  { pattern: /\bDebian(?:\s+GNU\/Linux)?\s+(\d{1,2}(?:\.\d+)?|buster|bullseye|bookworm|trixie|stretch)\b/gi, name: named('Debian'), versioned: true },
  { pattern: /\b(?:RHEL|Red\s?Hat(?:\s+Enterprise\s+Linux)?(?:\s+Server)?)\s*(\d{1,2}(?:\.\d+)?)\b/gi, name: named('RHEL'), versioned: true },
  { pattern: /\bCentOS(?:\s+Stream)?\s+(\d{1,2}(?:\.\d+)?)\b/gi, name: named('CentOS'), versioned: true },
  { pattern: /\b(Rocky|Alma|Oracle|Amazon)\s?Linux\s+(\d{1,4}(?:\.\d+)?)\b/gi, name: (m) => `${m[1] ?? ''} Linux ${m[2] ?? ''}`, versioned: true },
  { pattern: /\b(?:SLES|SUSE(?:\s+Linux\s+Enterprise(?:\s+Server)?)?)\s*(\d{2}(?:\s*SP\d)?)\b/gi, name: named('SLES'), versioned: true },
  { pattern: /\bFedora\s+(\d{2})\b/gi, name: named('Fedora'), versioned: true },
  { pattern: /\bmacOS\s+(\d{2}(?:\.\d+)*|Sequoia|Sonoma|Ventura|Monterey|Big Sur|Catalina|Tahoe)\b/gi, name: named('macOS'), versioned: true },
  { pattern: /\b(?:Mac\s?)?OS\s?X\s+(10\.\d+)\b/gi, name: named('OS X'), versioned: true },
  { pattern: /\bAIX\s*(\d(?:\.\d+)+|\d)\b/g, name: named('AIX'), versioned: true },
  { pattern: /\bSolaris\s*(\d{1,2}(?:\.\d+)?)\b/gi, name: named('Solaris'), versioned: true },
  { pattern: /\bHP-?UX\s*(11i\s?v\d|\d+\.\d+)\b/gi, name: named('HP-UX'), versioned: true },
  { pattern: /\bFreeBSD\s*(\d{1,2}(?:\.\d+)?)\b/gi, name: named('FreeBSD'), versioned: true },
  { pattern: /\bz\/OS\s*(\d\.\d)?\b/gi, name: named('z/OS'), versioned: true },
  {
    pattern: /\b(Windows|Linux|Ubuntu|Debian|RHEL|Red Hat|CentOS|SUSE|macOS|Mac OS|AIX|Solaris|HP-UX|FreeBSD|Unix)\b/g,
    name: (m) => m[1] ?? '',
    versioned: false,
  },
];

/** The operating system running the product: name and version, several when the customer lists several. */
export function findOperatingSystem(texts: readonly string[]): ItemFinding {
  const found: { name: string; evidence: string }[] = [];
  let partial: { name: string; evidence: string } | null = null;
  for (const text of texts) {
    for (const { pattern, name, versioned } of OS_PATTERNS) {
      for (const match of matchesOf(pattern, text, 50)) {
        const end = match.index + match[0].length;
        if (isUncertain(text, match.index, end) || isQuestion(text, match.index, end)) continue;
        const value = name(match).replace(/\s+/g, ' ');
        const evidence = evidenceLine(text, match.index, end);
        if (!versioned) partial ??= { name: value, evidence };
        else if (!found.some((os) => os.name.toLowerCase() === value.toLowerCase())) found.push({ name: value, evidence });
      }
    }
  }
  const first = found[0];
  if (first) return { present: true, value: found.slice(0, 3).map((os) => os.name).join(', '), evidence: first.evidence };
  return partial ? { present: false, value: partial.name, evidence: partial.evidence } : NOT_FOUND;
}
