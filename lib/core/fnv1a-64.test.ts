import { describe, expect, it } from 'vitest';
import { base64url, fnv1a64 } from './fnv1a-64';

const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

describe('fnv1a64', () => {
  // Reference values of FNV-1a 64 (the FNV authors' test suite; UTF-8 ones checked with Node's own encoder below).
  it.each([
    ['', 'cbf29ce484222325'],
    ['a', 'af63dc4c8601ec8c'],
    ['foobar', '85944171f73967e8'],
  ])('%j → %s', (text, expected) => {
    expect(hex(fnv1a64(text))).toBe(expected);
  });

  /** The same hash computed byte by byte with BigInt over TextEncoder's bytes: an independent reference. */
  const reference = (text: string): string => {
    let h = 0xcbf29ce484222325n;
    for (const byte of new TextEncoder().encode(text)) h = ((h ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
    return h.toString(16).padStart(16, '0');
  };

  it.each([
    'Übertragung bricht ab',
    '全角コロン',
    'emoji 📎 attachment',
    'lone \ud800 surrogate',
    'trailing \ud83d',
    'Upload fails with 550 on files over 2 GB',
  ])('agrees with a BigInt reference over UTF-8: %j', (text) => {
    expect(hex(fnv1a64(text))).toBe(reference(text));
  });

  it('is linear: 4 MB of text hashes in well under a second', () => {
    const text = 'Re: '.repeat(1_000_000);
    const started = performance.now();
    fnv1a64(text);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('base64url', () => {
  it.each([
    [[], ''],
    [[0xfb], '-w'],
    [[0xfb, 0xff], '-_8'],
    [[0xfb, 0xff, 0xbf], '-_-_'],
    [[0, 0, 0, 0, 0, 0, 0, 0], 'AAAAAAAAAAA'],
  ])('%j → %s', (bytes, expected) => {
    expect(base64url(new Uint8Array(bytes))).toBe(expected);
    expect(base64url(new Uint8Array(bytes))).toBe(Buffer.from(bytes).toString('base64url'));
  });
});
