/**
 * Words as the classifier sees them: lower case, numbers and ids folded into one token each
 * (a version number says "installation detail", its digits say nothing), and a light suffix
 * strip so "crashes", "crashed" and "crashing" count as one word.
 */
const WORD = /[\p{L}\p{N}_]+(?:['’]\p{L}+)?/gu;
const MAX_WORD = 30;

/** `surface`, when given, receives the words as written, one per token (for showing reasons). */
export function tokenize(text: string, surface?: string[]): string[] {
  const tokens: string[] = [];
  for (const match of text.toLowerCase().matchAll(WORD)) {
    const token = normalizeToken(match[0]);
    if (token === null) continue;
    tokens.push(token);
    surface?.push(match[0]);
  }
  return tokens;
}

function normalizeToken(word: string): string | null {
  if (word.length > MAX_WORD) return null;
  if (/^\d+$/.test(word)) return '<num>';
  if (word.length > 12 && /\d/.test(word) && /[a-z]/.test(word)) return '<id>';
  const plain = word.replace(/’/g, "'");
  return plain.length > 5 ? plain.replace(/(ing|ed|es|s)$/, '') : plain;
}
