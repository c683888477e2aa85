import { randomInt } from 'node:crypto';

// Crockford's base32: no I, L, O, U, so a code read aloud or retyped survives.
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const groups = 3;
const groupLength = 4;

/** A new one-time code `XXXX-XXXX-XXXX`: 12 symbols of 5 bits = 60 random bits. */
export function newJoinCode(): string {
  const parts: string[] = [];
  for (let g = 0; g < groups; g++) {
    let part = '';
    for (let i = 0; i < groupLength; i++) part += alphabet[randomInt(alphabet.length)];
    parts.push(part);
  }
  return parts.join('-');
}

/** The canonical form a typed code is hashed in, or null when it cannot be a code. */
export function normaliseJoinCode(typed: string): string | null {
  const canonical = typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (canonical.length !== groups * groupLength) return null;
  for (const char of canonical) if (!alphabet.includes(char)) return null;
  return canonical;
}
