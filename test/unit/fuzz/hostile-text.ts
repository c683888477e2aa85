// Hostile text for the fuzz tests and the hostile-text bench: random mixes of words, wiki and
// template syntax, braces, line breaks JavaScript and Python disagree on, surrogates, long runs
// and mutated real mail. Seeded, so a failure repeats.
import type { Rng } from '../../../lib/core/seeded-random';

const REAL = [
  'Hello Example Support team,\nSince we upgraded to FTPGate Server 4.2 last Friday, every upload over 2 GB fails with 550.\nWe are on Windows Server 2022.',
  '2025-01-06 09:41:02 STOR /inbound/a.tar 550 File exceeds MaxFileSize\n2025-01-06 09:41:03 QUIT',
  '- Product version: 5.1.0\n- OS: RHEL 8\n- Protocols: SFTP, FTPS\n- Logs: attached',
  'On Mon, 6 Jan 2025 at 10:15, Anna <anna@support.example.com> wrote:\n> Could you send the installation details?',
  'Dana Whitfield <dana.whitfield@harborline.example.com>',
  '[10:15] Visitor: uploads fail\n[10:16] Operator: which version?',
  'Please find attached the server log (server.log) and the FileZilla log.',
  'Hi {{customer.firstName}},\n{{#if trac.ticket}}Ticket #{{trac.ticket}}{{else}}No ticket{{/if}}\n',
  'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZSZCFKGTRmGLQvkTZplKBzhhS',
  'https://groups.google.com/g/ftpgate-support/c/Xk3qAbC/m/Zz9',
];
const WIKI = ['{{{', '}}}', '}}}}}', '{{{{', '[[Image(https://attacker.example/p.png)]]', "'''", "''", '!', '#123', 'r42', 'ticket:1', 'wiki:WikiStart', 'MaxFileSize', 'McDonald', '||', '`', '#!html', '[1]', '{1}', '~~', '__', '**', '//', ',,', '^', '\\\\', '<wiki:x>', '@', 'mailto:a@b.c', '/WikiStart', '../SubPage'];
const TEMPLATE = ['{{#if a}}', '{{/if}}', '{{else}}', '{{#unless b}}', '{{/unless}}', '{{customer.firstName}}', '{{ a }}', '{{', '}}', '{{{x}}}'];
const BREAKS = ['\n', '\r', '\r\n', '\u2028', '\u2029', '\x0b', '\x0c', '\x1c', '\x1d', '\x1e', '\x1f', '\x85', '\t', ' ', '\u00a0', '\u200b', '\ufeff'];
const UNICODE = ['🚀', 'é', 'e\u0301', 'Ü', 'ß', 'مرحبا', '中文', '\ud800', '\udc00', '\u0000', '\uffff', 'ǅ'];
const WORDS = ['version', 'Version', 'v', 'V', 'Aa', 'A', '4.2', '5.1.0', 'Server', 'FTPGate', 'Windows', 'log', 'client', 'os', ':', '-', '*', '•', '(', ')', '<', '>', '.', '?', 'at', 'step 1', '1.', 'From:', 'Sent:', 'wrote:', '> ', '--', 'the', 'and'];
const ALL = [WIKI, TEMPLATE, BREAKS, UNICODE, WORDS];

const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;

function mutate(rng: Rng, text: string): string {
  let out = text;
  for (let i = Math.floor(rng() * 6); i > 0; i--) {
    const at = Math.floor(rng() * (out.length + 1));
    const piece = pick(rng, pick(rng, ALL));
    const op = rng();
    out = op < 0.4 ? out.slice(0, at) + piece + out.slice(at) : op < 0.7 ? out.slice(0, at) + out.slice(at + 1 + Math.floor(rng() * 5)) : out.slice(0, at) + piece + out.slice(at + piece.length);
  }
  return out;
}

/** One hostile string of about `length` characters (never much more). */
export function hostileText(rng: Rng, length: number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    const kind = rng();
    let part: string;
    if (kind < 0.25) part = mutate(rng, pick(rng, REAL));
    else if (kind < 0.35) {
      // A long run of one piece, or of an alternating pair: what backtracking regexes choke on.
      const unit = rng() < 0.5 ? pick(rng, pick(rng, ALL)) : pick(rng, pick(rng, ALL)) + pick(rng, pick(rng, ALL));
      part = unit.repeat(Math.max(1, Math.floor((rng() * Math.min(length, 3000)) / Math.max(1, unit.length))));
    } else if (kind < 0.45) part = String.fromCharCode(32 + Math.floor(rng() * 95));
    else part = pick(rng, pick(rng, ALL));
    parts.push(part);
    size += part.length;
  }
  return parts.join('').slice(0, length);
}

/** Mostly short inputs, one in twenty up to 5 KB: many cases, and the long ones too. */
export function fuzzLength(rng: Rng): number {
  return rng() < 0.05 ? 1_000 + Math.floor(rng() * 4_000) : Math.floor(rng() * 400);
}

/** Adversarial 200 KB-class messages: runs that made the old regexes super-linear. */
export function adversarialMessages(length: number): { name: string; text: string }[] {
  const runOf = (unit: string): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  return [
    { name: 'U+2028 run', text: 'version: 1\n' + runOf('\u2028') },
    { name: 'newline run', text: 'x' + runOf('\n') + 'x' },
    { name: 'CRLF run', text: runOf('\r\n') },
    { name: 'spaces', text: 'Version' + runOf(' ') + 'x' },
    { name: 'V×', text: runOf('V') },
    { name: 'V-V-', text: runOf('V-') },
    { name: 'Aa×', text: runOf('Aa') + 'A' },
    { name: 'braces', text: runOf('{{}}}') },
    { name: 'one long line', text: runOf('lorem ipsum dolor sit amet ') },
    { name: 'many short lines', text: runOf('os: x\n') },
    { name: 'stamped lines', text: runOf('2025-01-06 09:41:02 STOR a\n') },
    { name: 'mixed separators', text: runOf(' \n\u2028\t\r') },
    { name: 'addresses', text: runOf('a.b-c+d') },
  ];
}
