import { countInWords } from '../reasons';
import { matchPatterns, type Evidence, type Pattern, type RuleInput } from './evidence';

/**
 * Chat transcripts forwarded to the support address (Olark and similar): many lines that start
 * with a time and a speaker, visitors and operators taking turns.
 */
// Horizontal space only, and bounded between the parts: "^\s*" under /m rescanned a run of
// blank lines from every line start, and three \s* in a row split a run of spaces every way.
const TURN = /^[^\S\r\n\u2028\u2029]*[[(]?\d{1,2}:\d{2}(:\d{2})?[^\S\r\n\u2028\u2029]{0,8}([ap]\.?m\.?)?[\])]?[^\S\r\n\u2028\u2029]{0,8}[-–]?[^\S\r\n\u2028\u2029]{0,8}[^:\n]{1,40}:\s/gim;
const SPEAKER = /^[^\S\r\n\u2028\u2029]*[[(]?\d{1,2}:\d{2}[^\n]{0,12}?\b(visitor|guest|customer|operator|agent)\b[^:\n]{0,30}:/im;

const SUBJECT: Pattern[] = [{ re: /\b(chat transcript|transcript of (your|the) chat|olark|chat with (visitor|guest)|live ?chat|conversation with visitor)\b/i, weight: 6 }];
const SENDER: Pattern[] = [{ re: /@([\w-]+\.)*(olark|intercom|zendesk|livechat|tawk|drift|crisp)\.(com|io|to|chat)$/i, weight: 5 }];
const BODY: Pattern[] = [{ re: /\b(chat transcript|transcript of (your|the|this) chat|chat (started|ended) (at|on)|visitor (info|details|location)|operator joined)\b/i, weight: 4 }];

export function chatTranscriptEvidence(input: RuleInput): Evidence[] {
  const found = [
    ...matchPatterns('chat_transcript', SUBJECT, input.subject, 'subject'),
    ...matchPatterns('chat_transcript', SENDER, input.from, 'sender'),
    ...matchPatterns('chat_transcript', BODY, input.customerText, 'message'),
  ];
  const turns = (input.customerText.match(TURN) ?? []).length;
  if (turns >= 3) found.push({ category: 'chat_transcript', weight: turns >= 6 ? 8 : 6, reason: `${countInWords(turns)} time-stamped chat lines` });
  const speaker = SPEAKER.exec(input.customerText);
  if (speaker && turns >= 2) found.push({ category: 'chat_transcript', weight: 2, reason: `chat speaker "${speaker[1] ?? ''}"` });
  return found;
}
