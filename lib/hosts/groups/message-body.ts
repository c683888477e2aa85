import { blockText } from './plain-text';
import { cutQuotedHistory, cutSignature } from './quoted-text';
import { disclosureToggle, groupsQuoteWrapper, mailSignature, quotedMail } from './selectors';

/**
 * The plain text a reader of the message wrote: no quoted history (collapsed or expanded), no
 * signature, no buttons or decorative parts.
 */
export function readMessageBody(region: Element): string {
  return cutSignature(cutQuotedHistory(blockText(region, isNotBodyText)));
}

const SKIPPED = [quotedMail.css, groupsQuoteWrapper.css, mailSignature.css].join(', ');

function isNotBodyText(el: Element): boolean {
  return (
    el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden') === 'true' ||
    (el as HTMLElement).style?.display === 'none' ||
    el.getAttribute('role') === 'button' ||
    el.matches(SKIPPED) ||
    followsDisclosureToggle(el)
  );
}

/** Content after a "show quoted text" toggle is the quote it reveals, whatever its class. */
function followsDisclosureToggle(el: Element): boolean {
  for (let prev = el.previousElementSibling; prev; prev = prev.previousElementSibling) {
    if (prev.matches(disclosureToggle.css)) return true;
  }
  return false;
}
