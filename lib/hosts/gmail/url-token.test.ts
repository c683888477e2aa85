import { describe, expect, it } from 'vitest';
import { decodeThreadToken, encodeThreadToken } from './url-token';

// Token ↔ id pairs as the shared fixtures' index.json gives them (constructed to match Gmail).
const pairs = [
  ['FMfcgzQZSZCFKGTRmGLQvkTZplKBzhhS', 'thread-f:1820491996201198066', '1943afd33e03a1f2'],
  ['FMfcgzQXKqsgdWMkfJrMTLxzRCHTtfsx', 'thread-f:1819852092211265536', '194169d5fc010000'],
  ['FMfcgzQZSZGgPxNmdCdtqGgrbbXZrqSF', 'thread-f:1820766303682855443', '1944a94e6e048213'],
  ['FMfcgzQZSZGfKhDXvqLDStcgKHQZBCJM', 'thread-f:1820704081182768879', '194470b72000beef'],
  // The 2019 pair quoted in the research notes (gmail-dom.md §1).
  [null, 'thread-f:1654009536642772396', '16f438e906b36dac'],
] as const;

describe('decodeThreadToken / encodeThreadToken', () => {
  it.each(pairs)('%s ↔ %s ↔ %s', (token, permId, legacyId) => {
    const encoded = encodeThreadToken(permId);
    expect(encoded).toMatch(/^FMfcg/);
    if (token) expect(encoded).toBe(token);
    expect(decodeThreadToken(encoded ?? '')).toEqual({ permId, legacyId });
  });

  it.each([
    ['legacy hex id', '1943afd33e03a1f2'],
    ['contains a vowel', 'FMfcgzQZSZCFKGTRmGLQvkTZplKBzhhA'],
    ['too short', 'FMfcgz'],
    ['draft sync id, not a thread-f', encodeThreadTokenOfRaw('thread-a:r-8129456602211174853')],
    ['empty', ''],
  ])('returns null for %s', (_what, token) => {
    expect(decodeThreadToken(token)).toBeNull();
  });

  it.each(['msg-f:123', 'thread-a:r-1', 'f:', '1943afd33e03a1f2'])('does not encode %s', (id) => {
    expect(encodeThreadToken(id)).toBeNull();
  });
});

/** A well-formed token whose payload is not `f:<decimal>` (what a draft URL carries). */
function encodeThreadTokenOfRaw(raw: string): string {
  const digits = 'BCDFGHJKLMNPQRSTVWXZbcdfghjklmnpqrstvwxz';
  const b64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let value = 0n;
  for (const char of btoa(raw).replace(/=+$/, '')) value = value * 64n + BigInt(b64.indexOf(char));
  let out = '';
  while (value > 0n) {
    out = digits.charAt(Number(value % 40n)) + out;
    value /= 40n;
  }
  return out;
}
