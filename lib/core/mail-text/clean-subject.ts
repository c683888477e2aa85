// Reply and forward prefixes of common mail clients and languages: Re, Fwd, Fw (English),
// AW/WG (German), TR (French), SV/VS (Nordic), RV (Spanish), RIF (Italian), Doorst (Dutch).
const PREFIX = /^\s*(?:(?:re|fwd?|aw|wg|tr|sv|vs|rv|rif|antw|doorst)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]|\[(?:fwd?|ext(?:ernal)?)\]\s*:?)\s*/i;

/** A subject without "Re: Fwd: AW:" prefixes, however many and in whatever mix. */
export function cleanSubject(subject: string): string {
  let clean = subject.replace(/\s+/g, ' ').trim();
  for (let previous = ''; previous !== clean; ) {
    previous = clean;
    clean = clean.replace(PREFIX, '');
  }
  return clean;
}
