// Recognises pasted log output line by line: server logs are time-stamped lines; client logs
// have the shapes of FileZilla, WinSCP, curl -v and OpenSSH -v output.

const TIMESTAMP = String.raw`(?:\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?|\d{4}/\d{2}/\d{2}[ T]\d{2}:\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}[ ,]+\d{1,2}:\d{2}(?::\d{2})?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+\d{1,2}\s+\d{2}:\d{2}:\d{2})`;

/** A time stamp at the start of the line, after an optional marker or event id ("| 20156 2025-…"). */
const STAMPED_LINE = new RegExp(String.raw`^\s*(?:[|<>.!*#\[(]\s*)?(?:\d{1,8}\s+)?\[?${TIMESTAMP}`);
/** Apache/nginx access logs put the time stamp after the client address. */
const ACCESS_LOG_LINE = /^\S+ \S+ \S+ \[\d{2}\/\w{3}\/\d{4}:\d{2}:\d{2}:\d{2} [+-]\d{4}\] "/;

const CLIENT_LINES: readonly RegExp[] = [
  // WinSCP: ". 2025-01-06 09:41:02.123 Looking up host"
  /^[.<>!*] \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3} /,
  // FileZilla: "Status:\tConnecting…", "09:41:02 Command: PASV", "2025-… 1234 1 Response: 227 …"
  /^(?:[\d\-: ]{8,30}\s)?(?:\d+\s+\d+\s+)?(?:Status|Command|Response|Error|Trace):\s/,
  // curl -v
  /^\* (?:Trying|Connected to|Connection #|TLS|SSL|ALPN|Closing|Server certificate|Re-using)\b/,
  /^[<>] (?:(?:USER|PASS|PASV|EPSV|TYPE|RETR|STOR|LIST|NLST|QUIT|AUTH|PBSZ|PROT|CWD|PWD|FEAT|SYST|SIZE|MDTM|GET|PUT|POST|HEAD|DELETE|PROPFIND)\b|HTTP\/\d|\d{3}[ -])/,
  /^curl: \(\d+\)/,
  // OpenSSH sftp/ssh -v
  /^debug[123]: /,
  /^OpenSSH_\d/,
];

export type LogLineKind = 'server' | 'client';

/** A request or response line of curl -v ("> PUT /x HTTP/1.1", "< 226 Transfer complete"), not a mail quote. */
export function isTranscriptLine(line: string): boolean {
  return CLIENT_LINES.some((pattern) => pattern.source.startsWith('^[<>]') && pattern.test(line));
}

/** What kind of log line this is, or null for prose. */
export function logLineKind(line: string): LogLineKind | null {
  if (CLIENT_LINES.some((pattern) => pattern.test(line))) return 'client';
  if (STAMPED_LINE.test(line) || ACCESS_LOG_LINE.test(line)) return 'server';
  return null;
}

/** A stack trace or wrapped message under a log line: kept with it. */
function isContinuation(line: string): boolean {
  return /^(?:\s+\S|\s*at [\w$.]+\(|Caused by:|Traceback|\s*File ")/.test(line);
}

export interface LogLines {
  server: string[];
  client: string[];
}

/** Every log line the texts contain, with the continuation lines that follow them, by kind. */
export function collectLogLines(texts: readonly string[], maxLines = 2000): LogLines {
  const lines: LogLines = { server: [], client: [] };
  for (const text of texts) {
    let current: LogLineKind | null = null;
    // Line by line without splitting: a hostile body of 50,000 blank lines would otherwise be
    // 50,000 strings made and trimmed before any pattern runs.
    for (let start = 0; start <= text.length; ) {
      const newline = text.indexOf('\n', start);
      const end = newline < 0 ? text.length : newline;
      const next = end + 1;
      // A blank line is never a log line nor a continuation: skip the patterns.
      if (isBlank(text, start, end)) {
        current = null;
        start = next;
        continue;
      }
      const line = text.slice(start, text.charCodeAt(end - 1) === 13 ? end - 1 : end);
      start = next;
      const kind = logLineKind(line);
      if (kind) current = kind;
      else if (!(current && isContinuation(line))) current = null;
      if (current && lines[current].length < maxLines) lines[current].push(line.trimEnd());
    }
  }
  return lines;
}

/** Whether text[start, end) is empty or white space only (what String#trim removes). */
function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || (code >= 9 && code <= 13)) continue;
    // Rare: other Unicode white space. Decide the rest of the line the way trim() does.
    return code > 127 && text.slice(i, end).trim() === '';
  }
  return true;
}
