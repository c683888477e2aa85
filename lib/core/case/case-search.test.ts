import { describe, expect, it } from 'vitest';
import { matchesSearch, searchWords, words } from './case-search';

const c = {
  subject: 'Re: Übertragung bricht ab (SFTP, v5.2)',
  customer: { name: 'Jürgen Müller', email: 'j.mueller@northwind-traders.de', organisation: 'Northwind Traders' },
  owner: 'bob@casebook-vendor.com',
  tickets: [{ number: 4211, url: '', linkedAt: 0, status: null, resolution: null, checkedAt: null }],
};

describe('search', () => {
  it('splits into lower-case words without accents', () => {
    expect(words('Jürgen MÜLLER, v5.2 — a')).toEqual(['jurgen', 'muller', 'v5']);
  });

  it('indexes subject, customer, owner and tickets once each', () => {
    expect(searchWords(c)).toEqual(['re', 'ubertragung', 'bricht', 'ab', 'sftp', 'v5', 'jurgen', 'muller', 'mueller', 'northwind', 'traders', 'de', 'bob', 'casebook', 'vendor', 'com', '4211']);
  });

  it('caps the words of a huge subject', () => {
    expect(searchWords({ ...c, subject: Array.from({ length: 500 }, (_, i) => `word${i}`).join(' ') })).toHaveLength(48);
  });

  it.each([
    ['muller', true],
    ['Müller', true],
    ['north trad', true],
    ['j.mueller@northwind', true],
    ['#4211', true],
    ['bob', true],
    ['traders acme', false],
    ['', true],
    ['—', true],
  ])('%j -> %s', (query, expected) => {
    expect(matchesSearch(c, query)).toBe(expected);
  });
});
