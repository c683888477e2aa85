// Pure text rules for the quoted history Gmail's markup did not mark (a plain-text mail's
// "On … wrote:" and "> " lines, Outlook headers, the "-- " signature). Run by the background
// on every thread a page sends (lib/hosts/bodies-as-written.ts), not in the page.

/** Gmail's forward header; the forwarded part is the message's content, not history. */
export const FORWARD_HEADER = /^-{5,} ?Forwarded message ?-{5,}/;
/** Attribution lines that start quoted history ("On Mon, Jan 6, 2025 at 9:41 AM Dana <…> wrote:"), a few locales. */
const ATTRIBUTION = /^(On|Am|Le|El|Il|Op)\s.*(\b(wrote|a écrit|escribió|ha scritto|schreef)\s?|\bschrieb\s.*):$/;
const OUTLOOK_HEADER = /^-{3,} ?Original Message ?-{3,}$/i;
const SIGNATURE_DELIMITER = /^--$/;
/** Longer lines are never an attribution; not testing them keeps a hostile line from costing more. */
const ATTRIBUTION_MAX = 1000;

/** Cuts what markup did not mark: attribution + quote, Outlook headers, `> ` lines, the "-- " signature. */
export function stripQuotedText(text: string): string {
  const lines = text.split('\n');
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    const twoLines = `${line} ${(lines[i + 1] ?? '').trim()}`;
    if (SIGNATURE_DELIMITER.test(line) || OUTLOOK_HEADER.test(line)) break;
    if (line.length < ATTRIBUTION_MAX && (ATTRIBUTION.test(line) || (/^(On|Am|Le|El|Il|Op)\s/.test(line) && ATTRIBUTION.test(twoLines.slice(0, ATTRIBUTION_MAX))))) break;
    if (line.startsWith('>')) continue;
    kept.push(lines[i] ?? '');
  }
  return kept.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
