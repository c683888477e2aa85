/**
 * Gmail's URL thread token (`FMfcgz…`) is the sync id `f:<decimal>` in base64, re-spelled in a
 * 40-letter alphabet without vowels and digits. Decoding it lets the route name the same thread
 * as the page's `data-legacy-thread-id` (the decimal in hex) before the thread has rendered.
 * Algorithm as in InboxSDK `encodeDraftUrlId.ts` (2024); checked against every fixture token.
 */
const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const TOKEN_ALPHABET = 'BCDFGHJKLMNPQRSTVWXZbcdfghjklmnpqrstvwxz';

export const URL_TOKEN_PATTERN = /^[BCDFGHJKLMNPQRSTVWXZbcdfghjklmnpqrstvwxz]{16,}$/;

export interface DecodedThreadToken {
  /** `thread-f:<decimal>`, as in `data-thread-perm-id`. */
  permId: string;
  /** The same number in hex, as in `data-legacy-thread-id`. */
  legacyId: string;
}

function convertBase(digits: string, from: string, to: string): string {
  let value = 0n;
  const fromBase = BigInt(from.length);
  for (const char of digits) value = value * fromBase + BigInt(from.indexOf(char));
  const toBase = BigInt(to.length);
  let out = '';
  while (value > 0n) {
    out = to.charAt(Number(value % toBase)) + out;
    value /= toBase;
  }
  return out || to.charAt(0);
}

/** Decodes a thread token; null for legacy hex ids, drafts (`thread-a:`) and anything else. */
export function decodeThreadToken(token: string): DecodedThreadToken | null {
  if (!URL_TOKEN_PATTERN.test(token)) return null;
  let raw: string;
  try {
    raw = atob(convertBase(token, TOKEN_ALPHABET, BASE64_ALPHABET));
  } catch {
    return null;
  }
  const match = /^(?:thread-)?f:(\d{1,20})$/.exec(raw);
  if (!match?.[1]) return null;
  return { permId: `thread-f:${match[1]}`, legacyId: BigInt(match[1]).toString(16) };
}

/** The token Gmail puts in the URL for a `thread-f:<decimal>` perm id (used to build fixtures and links). */
export function encodeThreadToken(permId: string): string | null {
  const match = /^(?:thread-)?f:(\d{1,20})$/.exec(permId);
  if (!match) return null;
  const base64 = btoa(`f:${match[1]}`).replace(/(?<!=)=+$/, '');
  return convertBase(base64, BASE64_ALPHABET, TOKEN_ALPHABET);
}
