import type { TextPart } from './features';
import { cleanSubject } from '../mail-text/clean-subject';
import { capText, stripQuotedAndSignature } from './prepare-text';

/** Weight of older customer messages against the newest one. */
export const EARLIER_MESSAGE_WEIGHT = 0.35;

/** The part of a message body worth classifying. */
export function messageText(body: string): string {
  return capText(stripQuotedAndSignature(body));
}

/** One rule for "Re: Fwd: AW:" prefixes everywhere (classifier, templates, Trac). */
export { cleanSubject };

/** What the learned model reads: the subject, the newest customer message, then older ones. */
export function modelParts(subject: string, newest: string, earlier: string[] = []): TextPart[] {
  return [
    { text: cleanSubject(subject), weight: 1, field: 'title' },
    { text: newest, weight: 1, field: 'body' },
    ...earlier.map((text): TextPart => ({ text, weight: EARLIER_MESSAGE_WEIGHT, field: 'body' })),
  ];
}
