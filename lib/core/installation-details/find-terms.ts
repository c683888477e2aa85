import { evidenceLine, matchesOf } from './customer-text';
import { isDenied, isQuestion, isUncertain } from './hedges';

export interface Term {
  /** The name shown to the user ("SFTP", "Active Directory"). */
  name: string;
  pattern: RegExp;
  /** Matches of this pattern that are not a mention of the term (a URL, "FTP server" as a noun). */
  ignore?: (text: string, match: RegExpExecArray) => boolean;
}

export interface TermMention {
  name: string;
  /** "used": the customer has it; "not used": the customer says they do not. */
  status: 'used' | 'not used';
  evidence: string;
}

/**
 * Which terms the customer mentions as used or explicitly not used. A term said to be used
 * anywhere wins over a denial elsewhere; mentions in doubt ("not sure if we use a proxy") and in
 * questions count for neither.
 */
export function findTerms(texts: readonly string[], terms: readonly Term[]): TermMention[] {
  const mentions = new Map<string, TermMention>();
  for (const text of texts) {
    for (const term of terms) {
      if (mentions.get(term.name)?.status === 'used') continue;
      for (const match of matchesOf(term.pattern, text, 50)) {
        const end = match.index + match[0].length;
        if (term.ignore?.(text, match)) continue;
        if (isUncertain(text, match.index, end) || isQuestion(text, match.index, end)) continue;
        const status = isDenied(text, match.index, end) ? 'not used' : 'used';
        if (!mentions.has(term.name) || status === 'used') {
          mentions.set(term.name, { name: term.name, status, evidence: evidenceLine(text, match.index, end) });
        }
        if (status === 'used') break;
      }
    }
  }
  // Keep the order of the term list, not the order of discovery.
  return terms.flatMap((term) => mentions.get(term.name) ?? []);
}
