import { evidenceLine, matchesOf } from './customer-text';
import { isNotYet, isQuestion, isUncertain } from './hedges';
import { NOT_FOUND, type ItemFinding } from './installation-item';

const NUMBER = String.raw`(\d+(?:\.\d+){1,3}[a-z]?(?:-(?:rc|beta|b|p)\d*)?)`;

/** Ways customers state the version they run, strongest first. */
const CUES: readonly { pattern: RegExp; strength: number }[] = [
  // Spaces bounded: three open runs of \s in a row split "version" + 200 KB of spaces every way (66 s).
  { pattern: new RegExp(String.raw`\b(?:version|ver\.?|release|build)(?:\s{1,5}(?:is|was|=))?\s{0,5}[:#]?\s{0,5}v?(\d+(?:\.\d+){0,3})\b`, 'gi'), strength: 3 },
  { pattern: new RegExp(String.raw`(?<![\w.])v${NUMBER}\b`, 'gi'), strength: 3 },
  {
    pattern: new RegExp(
      String.raw`\b(?:we(?:['’]re| are)?(?: still| currently)? (?:running|on|using)|we (?:still |currently )?(?:run|use)|(?:server|product|installation|it)(?:['’]s| is)(?: on| running)?|(?:upgraded|upgrading|updated|updating|migrated|moved)\b[^\n]{0,60}?\bto|installed)\s+(?:the\s+)?(?:version\s+|v)?${NUMBER}`,
      'gi',
    ),
    strength: 3,
  },
  // A capitalised name right before a number: "FTPGate Server 4.2", "SFTPPlus 5.1.0".
  // Starts only where a name starts (not at each \b of "V-V-V…", which rescanned the rest each time).
  // Within one line: a name never spans a line break ("Viele Grüße\nTobias\n4.2" is a signature).
  { pattern: new RegExp(String.raw`(?<![\p{L}\d_+-])((?:\p{Lu}[\p{L}\d+-]*[ \t\u00a0]){1,3})v?${NUMBER}(?!\d|\.\d)`, 'gu'), strength: 2 },
];

/** Names whose version is not the product's: other software, operating systems, protocols. */
const OTHER_NAMES =
  /\b(?:windows|ubuntu|debian|rhel|red hat|centos|rocky|alma(?:linux)?|suse|sles|fedora|linux|macos|os x|aix|solaris|freebsd|java|jre|jdk|openjdk|python|node|\.net|powershell|openssl|openssh|ssh|tls|ssl|sftp|ftps|http|smb|snmp|ip|ipv\d|filezilla|winscp|putty|cyberduck|curl|chrome|firefox|edge|safari|outlook|office|exchange|iis|apache|nginx|tomcat|postgres(?:ql)?|mysql|mariadb|oracle|sql|vmware|esxi|hyper-v|docker|kubernetes|section|chapter|table|figure|step|page|rfc|item|point|error|code|kernel|bash|perl|php)\s*$/i;

/**
 * Words that happen to be capitalised before a number: sentence starts, and the greetings,
 * thanks and sign-offs around a name in English, German and French ("Hallo Lena", "Bonjour
 * Pierre"), which must never become part of a product name.
 */
const NOT_A_NAME =
  /^(?:product|server|host|it|since|after|before|with|from|on|in|at|to|the|our|we|version|release|build|hi|hello|hey|dear|thanks|thank|regards|best|cheers|about|over|under|only|all|and|or|of|ticket|case|hallo|liebe|lieber|sehr|guten|moin|servus|danke|vielen|viele|gruß|grüße|gruss|grüsse|mfg|beste|freundliche|bonjour|bonsoir|salut|cher|chère|madame|monsieur|merci|cordialement|bien|amicalement)$/i;

const UNIT_AFTER = /^\s*(?:%|[kmgt]i?b\b|bytes?\b|ms\b|s\b|sec|seconds?|minutes?|mins?|hours?|days?|[kmg]bps|x\b|times\b|million)/i;

interface Candidate { value: string; strength: number; index: number; end: number }

/** The product version the customer runs ("FTPGate Server 4.2", "version 4.2.1", "v3.50.0", "we run 4.2"). */
export function findProductVersion(texts: readonly string[]): ItemFinding {
  for (const text of texts) {
    const best = bestCandidate(text);
    if (best) return { present: true, value: best.value, evidence: evidenceLine(text, best.index, best.end) };
  }
  return NOT_FOUND;
}

function bestCandidate(text: string): Candidate | null {
  const candidates: Candidate[] = [];
  for (const { pattern, strength } of CUES) {
    for (const match of matchesOf(pattern, text, 100)) {
      const candidate = toCandidate(text, match, strength);
      if (candidate && isStatedAsFact(text, candidate) && !isQuotedLine(text, candidate.index)) candidates.push(candidate);
    }
  }
  candidates.sort((a, b) => b.strength - a.strength || a.index - b.index);
  return candidates[0] ?? null;
}

function toCandidate(text: string, match: RegExpExecArray, strength: number): Candidate | null {
  const number = match[match.length - 1] ?? '';
  const end = match.index + match[0].length;
  const numberStart = end - number.length;
  if (UNIT_AFTER.test(text.slice(end, end + 12)) || looksLikeIpOrDate(number) || looksLikeBuildId(number)) return null;
  // "TLS version 1.2", "Java 17.0.2", "FileZilla v3.66": someone else's version.
  const lead = text.slice(Math.max(0, numberStart - 40), numberStart).replace(VERSION_WORD_AT_END, '');
  if (OTHER_NAMES.test(lead)) return null;
  const name = strength === 2 ? (match[1] ?? '').trim() : nameIn(sameClause(text.slice(Math.max(0, match.index - 30), numberStart)));
  if (strength === 2 && !isProductName(name, isSentenceStart(text, match.index))) return null;
  return { value: name ? `${name} ${number}` : number, strength, index: match.index, end };
}

function isSentenceStart(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 3), index);
  const trimmed = before.trimEnd();
  // Only spaces before, a line break in the spaces, or "." "!" "?" ":" then a space.
  if (trimmed.length === 0) return true;
  const spaces = before.slice(trimmed.length);
  return spaces.includes('\n') || (spaces !== '' && /[.!?:]$/.test(trimmed));
}

// Bounded spaces: two open runs of \s around an optional character split a long run every way.
const VERSION_WORD_AT_END = /\b(?:version|ver\.?|release|build)\s{0,5}[:#]?\s{0,5}v?$|v$/i;

/**
 * The end of a text, from its last sentence or clause boundary on: a product name stands in the
 * same clause as its version, so "Hallo Lena, #7: tested build 4.2.2" names nothing.
 */
function sameClause(text: string): string {
  const boundaries = [...text.matchAll(/[.!?](?:\s|$)|[\n,;:]|\s[-–—]\s/g)];
  const last = boundaries[boundaries.length - 1];
  return last ? text.slice(last.index + last[0].length) : text;
}

/** A line quoted from an earlier mail ("> we run 4.1") is not what the customer says now. */
function isQuotedLine(text: string, index: number): boolean {
  const lineStart = text.lastIndexOf('\n', index) + 1;
  return /^[ \t]*>/.test(text.slice(lineStart, Math.min(index, lineStart + 20) + 1));
}

/** The first capitalised name in a text ("FTPGate Server"), skipping other software and plain words. */
function nameIn(text: string): string {
  for (const found of text.matchAll(/\p{Lu}[\p{L}\d+-]*(?:\s\p{Lu}[\p{L}\d+-]*){0,2}/gu)) {
    const atSentenceStart = text.slice(0, found.index).trim() === '';
    if (isProductName(found[0], atSentenceStart)) return found[0];
  }
  return '';
}

/**
 * "FTPGate Server", "SFTPPlus", "we use Acme 4.2" look like product names; "Both" or "Currently"
 * opening a sentence only look capitalised.
 */
function isProductName(name: string, atSentenceStart: boolean): boolean {
  const words = name.split(/\s+/);
  if (NOT_A_NAME.test(words[0] ?? '') || OTHER_NAMES.test(name)) return false;
  const hasInnerCapital = /\p{L}\p{Lu}/u.test(name);
  return hasInnerCapital || words.length > 1 || !atSentenceStart;
}

function isStatedAsFact(text: string, candidate: Candidate): boolean {
  const { index, end } = candidate;
  return !isUncertain(text, index, end) && !isQuestion(text, index, end) && !isNotYet(text, index);
}

function looksLikeIpOrDate(number: string): boolean {
  const parts = number.split('.').map(Number);
  const [first = 0, second = 0, third = 0] = parts;
  if (parts.length === 4 && parts.every((part) => part <= 255) && first >= 10) return true;
  const isYear = (part: number): boolean => part >= 1900 && part <= 2100;
  // 2025.01.06, and the German and French 06.01.2025.
  return parts.length === 3 && ((isYear(first) && second <= 12 && third <= 31) || (isYear(third) && first >= 1 && first <= 31 && second >= 1 && second <= 12));
}

/** "build 20250106", "build 48213": a build id or a date, not a version (those have a dot or are short). */
function looksLikeBuildId(number: string): boolean {
  return !number.includes('.') && number.length > 4;
}
