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

  it('indexes subject, customer and tickets once each, without words every case has', () => {
    expect(searchWords(c)).toEqual(['ubertragung', 'bricht', 'ab', 'sftp', 'v5', 'jurgen', 'muller', 'mueller', 'northwind', 'traders', '4211']);
  });

  it('caps the words of a huge subject', () => {
    expect(searchWords({ ...c, subject: Array.from({ length: 500 }, (_, i) => `word${i}`).join(' ') })).toHaveLength(32);
  });

  it.each([
    ['muller', true],
    ['Müller', true],
    ['north trad', true],
    ['j.mueller@northwind', true],
    ['#4211', true],
    ['bob', false], // the owner is found with the "mine" filter, not by search
    ['re sftp', true], // a stop word in the query still matches (prefix of nothing needed)
    ['traders acme', false],
    ['', true],
    ['—', true],
  ])('%j -> %s', (query, expected) => {
    expect(matchesSearch(c, query)).toBe(expected);
  });
});
