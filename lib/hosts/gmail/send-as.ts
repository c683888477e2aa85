import { composeFrom, sendAsChoice } from './selectors';
import { inMail } from './visibility';

/**
 * Addresses this account sends as, when the page shows a compose: its From address and the
 * choices of its From menu. Raw attribute values: the background keeps only addresses
 * (lib/core/case/send-as.ts), so the page script stays small. Nothing inside mail content counts,
 * or a message could make its sender staff.
 */
export function readSendAs(doc: ParentNode): string[] {
  return Array.from(doc.querySelectorAll(`${composeFrom}, ${sendAsChoice}`), (el) => (inMail(el) ? '' : el.getAttribute('value') ?? '')).filter((value) => value !== '');
}
