import { matchPatterns, type Evidence, type Pattern, type RuleInput } from './evidence';

/**
 * Out-of-office notes, auto-responders and bounces. Their headers (Auto-Submitted, X-Autoreply,
 * Precedence) are not on the page, so the subject, the body and the sender must tell.
 */
const SUBJECT: Pattern[] = [
  {
    re: /\b(automatic reply|auto[- ]?reply|auto[- ]?respon\w*|autosvar|automatisch antwoord|automatische antwort|abwesenheitsnotiz|r[ée]ponse automatique|respuesta autom[áa]tica|risposta automatica|out of (the )?office|vacation reply|away until|away from (the )?office|on (annual )?leave until)\b/i,
    weight: 9,
  },
  { re: /\b(undeliverable|undelivered mail|delivery status notification|mail delivery (failed|failure|subsystem)|returned mail|delivery failure|unzustellbar|non remis)\b/i, weight: 9 },
  { re: /^\s*(ooo|abwesend|absent(e)?)\b/i, weight: 6 },
];

const SENDER: Pattern[] = [
  { re: /^(mailer-daemon|postmaster)@/i, weight: 9 },
  { re: /^(no-?reply|do-?not-?reply|auto-?reply|autoresponder)@/i, weight: 2 },
];

const BODY: Pattern[] = [
  { re: /\b(i am|i'm|i will be) (currently )?(out of (the )?office|away|on (annual |parental |sick )?leave|on vacation|on holiday|travell?ing)\b/i, weight: 5 },
  { re: /\breturn(ing)? (to the office )?on\b|\bback in the office on\b|\bupon my return\b|\bwhen i return\b/i, weight: 4 },
  { re: /\blimited access to (e-?mail|my e-?mail|email and phone)|\bintermittent access to e-?mail/i, weight: 4 },
  { re: /\b(this|the) (e-?mail )?(inbox|mailbox|address|account)( [^\s]+)? is no longer (in use|monitored|active)/i, weight: 7 },
  { re: /\bthis is an? (automated|automatic) (reply|response|message|notification)\b/i, weight: 6 },
  { re: /\b(for (urgent|pressing|immediate)\b[^.\n]{0,40}(matters|needs|assistance|requests)|in urgent cases)/i, weight: 3 },
  { re: /\b(ich bin (bis|vom|ab)\b[^.\n]{0,60}(abwesend|nicht im büro|im urlaub)|in dringenden fällen)/i, weight: 5 },
  { re: /\bje suis (actuellement )?absent(e)?\b|\ben cong[ée]s?\b[^.\n]{0,30}\bjusqu/i, weight: 5 },
  { re: /\b(delivery (has )?failed|could not be delivered|message was not delivered|recipient address rejected|user unknown|mailbox (is )?full)\b/i, weight: 6 },
];

/** A short note whose point is another address ("zukünftig: karl@…", "please write to …"). */
const REDIRECT = /(zukünftig|künftig|ab sofort|nicht mehr|neue (e-?mail-?)?adresse|new (e-?mail )?address|from now on|no longer (with|at|work)|(has|have) left|left the company)/i;
// The look-behind starts an address only where a run of address characters starts (linear).
const ADDRESS = /(?<![\w.+-])[\w.+-]+@[\w-]+(\.[\w-]+)+/g;
const SHORT_NOTE = 300;

export function autoReplyEvidence(input: RuleInput): Evidence[] {
  const found = [
    ...matchPatterns('auto_reply', SUBJECT, input.subject, 'subject'),
    ...matchPatterns('auto_reply', SENDER, input.from, 'sender'),
    ...matchPatterns('auto_reply', BODY, input.latest, 'message'),
  ];
  const note = input.latest.trim();
  const otherAddress = (note.match(ADDRESS) ?? []).some((address) => address.toLowerCase() !== input.from.toLowerCase());
  const redirect = REDIRECT.exec(note);
  if (note.length <= SHORT_NOTE && otherAddress && redirect) {
    found.push({ category: 'auto_reply', weight: 8, reason: `short note pointing to another address ("${redirect[0]}")` });
  }
  return found;
}
