// Pure text rules for what is left of quoted history after the DOM walk: mails posted by
// email carry their quote as plain text ("On … wrote:" and "> " lines) when the sender's client
// did not mark it up. The attribution lines are localised; these are the common ones. Run by the
// background on every thread a page sends (lib/hosts/bodies-as-written.ts), not in the page.

const ATTRIBUTION = [
  /^On .+ wrote:$/, // en (Gmail, Apple Mail, Thunderbird)
  /^Am .+ schrieb .+:$/, // de
  /^Le .+ a écrit ?:$/, // fr
  /^El .+ escribió:$/, // es
  /^Il .+ ha scritto:$/, // it
  /^Op .+ schreef .+:$/, // nl
  /^Em .+ escreveu:$/, // pt
];
const ORIGINAL_MESSAGE = /^-{2,}\s*(Original Message|Ursprüngliche Nachricht|Message d'origine)\s*-{2,}$/i;
const OUTLOOK_HEADER = /^(From|Von|De): .+$/;
/** RFC 3676 signature separator "-- " (its trailing space is often lost). */
const SIGNATURE_SEPARATOR = /^--\s*$/;
const MAX_SIGNATURE_LINES = 10;
/** Google Groups' mail footer, in case a message renders it. */
const GROUPS_FOOTER = /^You received this message because you are subscribed to the Google Groups/;

/** Cuts quoted history (attribution line and everything after it, trailing "> " blocks). */
export function cutQuotedHistory(text: string): string {
  const lines = text.split('\n');
  const cut = lines.findIndex((line, i) => isQuoteStart(lines, i, line.trim()));
  const kept = cut === -1 ? lines : lines.slice(0, cut);
  while (kept.length > 0 && isQuotedOrBlank(kept[kept.length - 1] ?? '')) kept.pop();
  return kept.join('\n').trim();
}

/** Cuts a trailing signature after a "-- " line, and Groups' subscription footer. */
export function cutSignature(text: string): string {
  const lines = text.split('\n');
  const footer = lines.findIndex((line) => GROUPS_FOOTER.test(line.trim()));
  const body = footer === -1 ? lines : lines.slice(0, footer);
  const separator = lastIndexWhere(body, (line) => SIGNATURE_SEPARATOR.test(line));
  const isSignature = separator !== -1 && body.length - separator - 1 <= MAX_SIGNATURE_LINES;
  return (isSignature ? body.slice(0, separator) : body).join('\n').trim();
}

/** Longer lines are never an attribution or header; not testing them bounds what a hostile line costs. */
const HEADER_MAX = 1000;

function isQuoteStart(lines: string[], i: number, line: string): boolean {
  if (line.length > HEADER_MAX) return false;
  if (ATTRIBUTION.some((re) => re.test(line)) || ORIGINAL_MESSAGE.test(line)) return true;
  // A long attribution wraps: "On Mon, … Priya Raman <" / "priya…@x> wrote:".
  const joined = `${line} ${(lines[i + 1] ?? '').trim()}`.slice(0, HEADER_MAX);
  if (/^On /.test(line) && ATTRIBUTION.some((re) => re.test(joined))) return true;
  // Outlook: a "From:" header directly followed by "Sent:".
  return OUTLOOK_HEADER.test(line) && /^(Sent|Gesendet|Envoyé|Date): /.test((lines[i + 1] ?? '').trim());
}

function isQuotedOrBlank(line: string): boolean {
  const trimmed = line.trim();
  return trimmed === '' || trimmed.startsWith('>');
}

function lastIndexWhere(lines: string[], test: (line: string) => boolean): number {
  for (let i = lines.length - 1; i >= 0; i--) if (test(lines[i] ?? '')) return i;
  return -1;
}
