import { renderedText } from './rendered-text';
import { quotedHistory, signature } from './selectors';

/** Gmail's forward header; the forwarded part is the message's content, not history. */
const FORWARD_HEADER = /^-{5,} ?Forwarded message ?-{5,}/;
/** Attribution lines that start quoted history ("On Mon, Jan 6, 2025 at 9:41 AM Dana <…> wrote:"), a few locales. */
const ATTRIBUTION = /^(On|Am|Le|El|Il|Op)\s.*(\b(wrote|a écrit|escribió|ha scritto|schreef)\s?|\bschrieb\s.*):$/;
const OUTLOOK_HEADER = /^-{3,} ?Original Message ?-{3,}$/i;
const SIGNATURE_DELIMITER = /^--$/;
/** Longer lines are never an attribution; not testing them keeps a hostile line from costing more. */
const ATTRIBUTION_MAX = 1000;

/** Only the attribution's first text is read: a hostile body may nest quotes thousands deep. */
function isForward(quote: Element): boolean {
  return FORWARD_HEADER.test((quote.querySelector(':scope > .gmail_attr')?.firstChild?.textContent ?? '').trim());
}

function skipHistoryAndSignature(el: Element): boolean {
  if (el.matches(signature)) return true;
  if (!el.matches(quotedHistory)) return false;
  return !(el.classList.contains('gmail_quote') && isForward(el));
}

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

/** A message body (`.a3s`) as plain text without quoted history and signature; forwards are kept. At most `limit` characters are read. */
export function messageBodyText(body: Element, limit?: number): string {
  return stripQuotedText(renderedText(body, skipHistoryAndSignature, limit));
}
