import { finishSteps, type Steps } from '../read-steps';
import { FORWARD_HEADER } from './quoted-text';
import { renderedTextSteps } from './rendered-text';
import { quotedHistory, signature } from './selectors';

/** Only the attribution's first text is read: a hostile body may nest quotes thousands deep. */
function isForward(quote: Element): boolean {
  return FORWARD_HEADER.test((quote.querySelector(':scope > .gmail_attr')?.firstChild?.textContent ?? '').trim());
}

function skipHistoryAndSignature(el: Element): boolean {
  if (el.matches(signature)) return true;
  if (!el.matches(quotedHistory)) return false;
  return !(el.classList.contains('gmail_quote') && isForward(el));
}

/**
 * A message body (`.a3s`) as plain text without the quoted history and signature Gmail marks up;
 * forwards are kept. At most `limit` characters are read. What markup does not mark (plain-text
 * quotes) is cut by the background (./quoted-text.ts), so that code is not in every Gmail tab.
 */
export function messageBodyText(body: Element, limit?: number): string {
  return finishSteps(messageBodyTextSteps(body, limit));
}

/** `messageBodyText` in steps (lib/hosts/read-steps.ts), for the page. */
export function* messageBodyTextSteps(body: Element, limit?: number): Steps<string> {
  return yield* renderedTextSteps(body, skipHistoryAndSignature, limit);
}
