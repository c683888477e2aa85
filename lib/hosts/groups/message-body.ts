import { blockText } from './plain-text';
import { cutQuotedHistory, cutSignature } from './quoted-text';
import { disclosureToggle, groupsQuoteWrapper, mailSignature, quotedMail } from './selectors';

/** Characters of one message read at most; a support engineer classifies from the start of a mail. */
export const MESSAGE_TEXT_LIMIT = 20_000;

/**
 * The plain text a reader of the message wrote: no quoted history (collapsed or expanded), no
 * signature, no buttons or decorative parts. At most `limit` characters are read.
 */
export function readMessageBody(region: Element, limit = MESSAGE_TEXT_LIMIT): string {
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
  return cutSignature(cutQuotedHistory(blockText(region, isNotBodyText, limit)));
}

const SKIPPED = [quotedMail.css, groupsQuoteWrapper.css, mailSignature.css].join(', ');
