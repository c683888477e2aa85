// Reply and forward prefixes of common mail clients and languages: Re, Fwd, Fw (English),
// AW/WG (German), TR (French), SV/VS (Nordic), RV (Spanish), RIF (Italian), Doorst (Dutch).
// Sticky, read from where the last prefix ended; spaces bounded (they are collapsed first anyway):
// open runs of \s around an optional part split a long run every way.
const PREFIX = /\s{0,3}(?:(?:re|fwd?|aw|wg|tr|sv|vs|rv|rif|antw|doorst)\s{0,3}(?:\[\d+\]|\(\d+\))?\s{0,3}[:：]|\[(?:fwd?|ext(?:ernal)?)\]\s{0,3}:?)\s{0,3}/iy;

/** A subject without "Re: Fwd: AW:" prefixes, however many and in whatever mix. */
export function cleanSubject(subject: string): string {
  const clean = subject.replace(/\s+/g, ' ').trim();
  // Reads prefix after prefix and slices once, instead of a replace and a string comparison per prefix.
  let at = 0;
  for (;;) {
    PREFIX.lastIndex = at;
    const prefix = PREFIX.exec(clean);
    if (!prefix || prefix[0].length === 0) break;
    at += prefix[0].length;
  }
  return clean.slice(at);
}
