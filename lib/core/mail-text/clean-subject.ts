// Reply and forward prefixes of common mail clients and languages: Re, Fwd, Fw (English),
// AW/WG (German), TR (French), SV/VS (Nordic), RV (Spanish), RIF (Italian), Doorst (Dutch).
// Sticky (y): matched where the previous prefix ended, so stripping is one pass over the subject
// (re-slicing after each prefix made "Re: " × n quadratic). Spaces bounded (they are collapsed
// first anyway): open runs of \s around an optional part split a long run every way.
const PREFIX = /\s{0,3}(?:(?:re|fwd?|aw|wg|tr|sv|vs|rv|rif|antw|doorst)\s{0,3}(?:\[\d+\]|\(\d+\))?\s{0,3}[:：]|\[(?:fwd?|ext(?:ernal)?)\]\s{0,3}:?)\s{0,3}/iy;

/** A mailing-list tag such as "[ftpgate-help]" that Google Groups may put before the subject. */
const LIST_TAG = /\s{0,3}\[[^[\]]{1,100}\]\s{0,3}/y;

/** Where the leading run of `patterns` (in any mix, however many) ends in `text`. */
function prefixEnd(text: string, patterns: readonly RegExp[]): number {
  let at = 0;
  for (let moved = true; moved; ) {
    moved = false;
    for (const pattern of patterns) {
      pattern.lastIndex = at;
      if (pattern.test(text) && pattern.lastIndex > at) {
        at = pattern.lastIndex;
        moved = true;
      }
    }
  }
  return at;
}

/** A subject without "Re: Fwd: AW:" prefixes, however many and in whatever mix. */
export function cleanSubject(subject: string): string {
  const clean = subject.replace(/\s+/g, ' ').trim();
  return clean.slice(prefixEnd(clean, [PREFIX]));
}

/**
 * The subject as every member's page should agree on it, for the conversation key: cleaned,
 * without list tags ("[ftpgate-help] Re: …", which a member's Gmail shows and Groups does not),
 * in lower case, Unicode-normalised (NFC), and "(no subject)" (Gmail's placeholder) as empty.
 */
export function conversationSubject(subject: string): string {
  const clean = subject.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  const rest = clean.slice(prefixEnd(clean, [PREFIX, LIST_TAG]));
  return rest === '(no subject)' ? '' : rest;
}
