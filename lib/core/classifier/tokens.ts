/**
 * Words as the classifier sees them: lower case, numbers and ids folded into one token each
 * (a version number says "installation detail", its digits say nothing), and a light suffix
 * strip so "crashes", "crashed" and "crashing" count as one word.
 */
// Letters and digits of any script; a plain character class is several times faster than \p{L}
// on long logs. U+2000–U+2BFF (punctuation, symbols, arrows, box drawing) is left out.
const WORD = /[a-z0-9_\u00c0-\u1fff\u2c00-\ud7ff\uf900-\uffef]+(?:['’][a-z\u00c0-\u1fff]+)?/g;
const MAX_WORD = 30;
const SUFFIXES = ['ing', 'ed', 'es', 's'];

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
  if (isDigits(word)) return '<num>';
  if (word.length > 12 && /\d/.test(word) && /[a-z]/.test(word)) return '<id>';
  const plain = word.includes('’') ? word.replace(/’/g, "'") : word;
  if (plain.length <= 5) return plain;
  for (const suffix of SUFFIXES) if (plain.endsWith(suffix)) return plain.slice(0, -suffix.length);
  return plain;
}

function isDigits(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}
