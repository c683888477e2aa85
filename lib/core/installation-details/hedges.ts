// Words around a mention that change what it means: "I don't know the version", "we don't use
// LDAP", "I will send the log tomorrow", "does 4.3 fix this?".

import { clauseAround, sentenceAround } from './customer-text';

const UNCERTAIN =
  /\b(?:(?:do|does|did)(?: not|n['’]?t) know|not sure|unsure|no idea|not certain|uncertain|(?:can(?:no|['’])?t|unable to|could(?: not|n['’]?t)) (?:find|tell|remember|say|see|check|locate)|(?:don['’]?t|do not) remember|not known|no clue|forgot|maybe|perhaps|possibly)\b/i;

/** A denial just before the term in the same clause: "no proxy", "we don't use LDAP". */
const DENIED_BEFORE =
  /\b(?:no|without|neither|nor|not using|not use|not behind|no longer use|(?:don['’]?t|do not|doesn['’]?t|does not|aren['’]?t|are not|isn['’]?t|is not) (?:use|using|have|run|running|behind|need))\b[^.,;!?\n]{0,30}$/i;

/** A denial just after the term: "FTP is disabled", "LDAP is not used". */
const DENIED_AFTER =
  /^\s*(?:is|are|has been|have been|was|were)\s+(?:disabled|turned off|switched off|blocked|not (?:enabled|used|in use|allowed|configured|installed))\b/i;

/** The mention is a plan or an offer, not a fact: "I will send the log", "we plan to upgrade to 4.3". */
const NOT_YET =
  /\b(?:will|['’]ll|shall|going to|plan(?:ning)? to|want to|would like to|intend to|can|could|may|might|should (?:i|we)|consider(?:ing)?|thinking (?:of|about)|before|whether|later|tomorrow|next week|as soon as)\b/i;

/** True when the customer says they do not know: the mention is no answer. */
export function isUncertain(text: string, start: number, end: number): boolean {
  return UNCERTAIN.test(sentenceAround(text, start, end).whole);
}

/** True when the mention sits in a question: "does 4.3 fix this?". */
export function isQuestion(text: string, start: number, end: number): boolean {
  return clauseAround(text, start, end).whole.trimEnd().endsWith('?');
}

/** True when the customer says they do not have it: "no proxy", "FTP is disabled". */
export function isDenied(text: string, start: number, end: number): boolean {
  const clause = clauseAround(text, start, end);
  return DENIED_BEFORE.test(clause.before) || DENIED_AFTER.test(clause.after);
}

/** True when the clause before the mention talks about the future or a possibility. */
export function isNotYet(text: string, start: number): boolean {
  return NOT_YET.test(clauseAround(text, start, start).before);
}
