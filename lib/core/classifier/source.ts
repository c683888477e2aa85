import type { CaseSource } from '../../model/case';
import type { ThreadSnapshot } from '../../model/thread';
import { messageText } from './message-text';
import { chatTranscriptEvidence } from './rules/chat-transcript';
import type { Evidence, RuleInput } from './rules/evidence';
import { phoneFollowupEvidence } from './rules/phone-followup';

/** Strong enough evidence to name the channel. */
const CHANNEL_EVIDENCE = 6;
// Horizontal space: "^\s*" under /m rescanned a run of blank lines from every line start.
const FORM_FIELD = /^[^\S\r\n\u2028\u2029]*(name|full name|first name|last name|e-?mail( address)?|company|organi[sz]ation|phone|telephone|country|subject|message|enquiry|inquiry|product)[^\S\r\n\u2028\u2029]*:/gim;
const FORM_PHRASE = /\b(contact form|web form|form submission|submitted (via|through|from|on) (the|your|our) (website|site|form)|new (enquiry|inquiry|submission) from)\b/i;

/** How the case came in: chat transcript, phone follow-up, web contact form, or plain e-mail. */
export function detectSource(thread: Pick<ThreadSnapshot, 'subject' | 'messages'>): CaseSource {
  const first = thread.messages[0];
  if (!first) return 'email';
  return sourceOf({ subject: thread.subject, from: first.from.email, text: messageText(first.body) });
}

/** The same for one message whose `text` is already prepared (`messageText`). */
export function sourceOf(message: { subject: string; from: string; text: string }): CaseSource {
  const { text } = message;
  const input: RuleInput = { subject: message.subject, from: message.from, latest: text, customerText: text, staffText: '' };
  if (strength(chatTranscriptEvidence(input)) >= CHANNEL_EVIDENCE) return 'chat';
  if (strength(phoneFollowupEvidence(input)) >= CHANNEL_EVIDENCE) return 'phone';
  const fields = (text.match(FORM_FIELD) ?? []).length;
  if (fields >= 3 || (FORM_PHRASE.test(`${message.subject}\n${text}`) && fields >= 1)) return 'contact_form';
  return 'email';
}

function strength(evidence: Evidence[]): number {
  return evidence.reduce((sum, e) => sum + e.weight, 0);
}
