/**
 * Turns a message body into the text worth reading: no quoted history, no signature, and a
 * bounded size so that a pasted 1 MB log costs the same as a 20 KB one.
 */

/** Characters read from one message; beyond this the text is sampled. */
export const TEXT_BUDGET = 20_000;
const HEAD_SHARE = 0.4;
const TAIL_SHARE = 0.2;
const SLICE_LENGTH = 1_000;

/** Lines that start the quoted copy of an earlier message; everything after them is history. */
const QUOTE_HEADERS = [
  /^On .{4,200} wrote:\s*$/,
  /^Am .{4,200} schrieb .{1,200}:\s*$/,
  /^Le .{4,200} a écrit\s*:\s*$/,
  /^-{2,}\s*Original Message\s*-{2,}/i,
  /^-{2,}\s*Ursprüngliche Nachricht\s*-{2,}/i,
  /^-{2,}\s*Message d'origine\s*-{2,}/i,
];
const SIGNATURE_START = [/^-- ?$/, /^Sent from my \w+/i, /^Get Outlook for /i, /^Von meinem \w+ gesendet/i, /^Envoyé de mon /i];

/** Drops quoted history ("> …", "On … wrote:" and below) and the signature. */
export function stripQuotedAndSignature(body: string): string {
  const lines = body.split(/\r?\n/);
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const trimmed = line.trim();
    if (isQuoteHeader(trimmed, lines[i + 1] ?? '')) break;
    if (SIGNATURE_START.some((re) => re.test(trimmed))) break;
    if (trimmed.startsWith('>')) continue;
    kept.push(line);
  }
  return kept.join('\n').trim();
}

function isQuoteHeader(line: string, next: string): boolean {
  // Outlook's reply header (From:/Sent:). Not Gmail's forward (From:/Date:): a forwarded
  // chat transcript is the content, not history.
  if (/^(From|Von|De)\s*:/.test(line)) return /^(Sent|Gesendet|Envoyé)\s*:/i.test(next.trim());
  return QUOTE_HEADERS.some((re) => re.test(line));
}

/**
 * Keeps at most `budget` characters: the head (where people write), the tail (where logs end
 * with the error) and evenly spaced slices of the middle, cut at spaces so no word is split.
 */
export function capText(text: string, budget: number = TEXT_BUDGET): string {
  if (text.length <= budget) return text;
  const head = Math.floor(budget * HEAD_SHARE);
  const tail = Math.floor(budget * TAIL_SHARE);
  const parts = [cutAtSpace(text, 0, head)];
  const middleStart = head;
  const middleEnd = text.length - tail;
  const slices = Math.max(1, Math.floor((budget - head - tail) / SLICE_LENGTH));
  const step = (middleEnd - middleStart) / slices;
  for (let s = 0; s < slices; s++) {
    const start = Math.floor(middleStart + s * step);
    parts.push(cutAtSpace(text, start, start + SLICE_LENGTH));
  }
  parts.push(cutAtSpace(text, middleEnd, text.length));
  return parts.join('\n…\n');
}

/** text.slice(start, end), widened inward to whole words. */
function cutAtSpace(text: string, start: number, end: number): string {
  let from = start;
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space !== -1 && space < from + 40) from = space + 1;
  }
  let to = Math.min(end, text.length);
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > to - 40 && space > from) to = space;
  }
  return text.slice(from, to);
}
