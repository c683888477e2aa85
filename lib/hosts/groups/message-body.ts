import { finishSteps, type Steps } from '../read-steps';
import { blockTextSteps } from './plain-text';
import { disclosureToggle, groupsQuoteWrapper, mailSignature, quotedMail } from './selectors';

/** Characters of one message read at most; a support engineer classifies from the start of a mail. */
export const MESSAGE_TEXT_LIMIT = 20_000;

/**
 * The plain text of a message without the quoted history (collapsed or expanded), signature,
 * buttons and decorative parts its markup shows. At most `limit` characters are read. Quotes and
 * signatures in plain text are cut by the background (./quoted-text.ts), not in the page.
 */
export function readMessageBody(region: Element, limit?: number): string {
  return finishSteps(readMessageBodySteps(region, limit));
}

/** `readMessageBody` in steps (lib/hosts/read-steps.ts), for the page. */
export function* readMessageBodySteps(region: Element, limit = MESSAGE_TEXT_LIMIT): Steps<string> {
  // Content after a "show quoted text" toggle is the quote it reveals, whatever its class.
  // Remembered per parent as the walk passes the toggle (looking back over siblings was quadratic).
  const afterToggle = new Set<Element | null>();
  const isNotBodyText = (el: Element): boolean => {
    if (afterToggle.has(el.parentElement)) return true;
    if (el.matches(disclosureToggle.css)) {
      afterToggle.add(el.parentElement);
      return true;
    }
    return (
      el.hasAttribute('hidden') ||
      el.getAttribute('aria-hidden') === 'true' ||
      (el as HTMLElement).style?.display === 'none' ||
      el.getAttribute('role') === 'button' ||
      el.matches(SKIPPED)
    );
  };
  return yield* blockTextSteps(region, isNotBodyText, limit);
}

const SKIPPED = [quotedMail.css, groupsQuoteWrapper.css, mailSignature.css].join(', ');
